// Report pages as published: the article text without the site around it. A real parser
// (htmlparser2) walks the markup; scripts, styles, navigation, headers, footers and sidebars are
// dropped; block elements become line breaks so paragraphs survive as lines; entities are decoded.
import { Parser } from 'htmlparser2';

// Private-use characters bracketing link text while the page is flattened; never left in the output.
const LINK_OPEN = '\ue000';
const LINK_CLOSE = '\ue001';
const LINK_MARKS = /[\ue000\ue001]/g;
/** Lines of site furniture that survive as plain text in table layouts. */
const CHROME_LINE =
  /^(?:【?\s*(?:打印(?:本页)?|关闭(?:窗口|本页)?|收藏|返回顶部)\s*】?\s*)+$|^(?:【\s*)?字体[:：]|^分享到|^扫一扫|^当前位置[:：]|^您现在的位置|^上一篇[:：]|^下一篇[:：]/;

/** Elements whose whole content is never report text. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'aside',
  'footer',
  'iframe',
  'svg',
  'canvas',
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'object',
  'embed',
  'map',
  'video',
  'audio',
]);
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'hr',
  'header',
  'figure',
  'figcaption',
  'address',
  'center',
  'title',
  'body',
]);
/** Class/id tokens of site chrome (导航, 面包屑, 页脚, 分享…). */
const CHROME_TOKEN =
  /^(?:.*[-_])?(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|footer|foot|sidebar|side|share|toolbar|topbar|copyright|banner|skip|pagination|pager|related|position|location|dqwz|header|head|top|bottom|copy)(?:[-_].*)?$/i;
const ARTICLE_TOKEN = /(article|title|content|detail|text|body|main)/i;
const CHROME_ROLE = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar)$/i;

function isChrome(name: string, attribs: Record<string, string>, insideArticle: boolean): boolean {
  if (SKIP_TAGS.has(name)) return true;
  // A page header is chrome; an <article>'s own header holds its title.
  if (name === 'header' && !insideArticle) return true;
  if (attribs.role && CHROME_ROLE.test(attribs.role)) return true;
  if (attribs.hidden !== undefined || /display\s*:\s*none/i.test(attribs.style ?? '')) return true;
  const tokens = `${attribs.class ?? ''} ${attribs.id ?? ''}`.split(/\s+/).filter(Boolean);
  // article-header, content-top… belong to the article.
  return tokens.some((t) => CHROME_TOKEN.test(t) && !ARTICLE_TOKEN.test(t));
}

/** Plain text of an HTML page: one line per block, runs of spaces collapsed, lines trimmed. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let linkDepth = 0;
  const newline = () => out.push('\n');
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const skip = skipDepth > 0 || isChrome(name, attribs, articleDepth > 0);
        if (VOID_TAGS.has(name)) {
          if (!skip && BLOCK_TAGS.has(name)) newline();
          return;
        }
        stack.push({ name, skip });
        if (skip) skipDepth++;
        if (name === 'article' || name === 'main') articleDepth++;
        if (name === 'a') linkDepth++;
        if (!skip && BLOCK_TAGS.has(name)) newline();
        if (!skip && (name === 'td' || name === 'th')) out.push(' ');
      },
      onclosetag(name) {
        if (VOID_TAGS.has(name)) return;
        // Close up to the matching open element; htmlparser2 already balances implied closes.
        const at = stack.map((e) => e.name).lastIndexOf(name);
        if (at === -1) return;
        while (stack.length > at) {
          const e = stack.pop()!;
          if (e.skip) skipDepth--;
          if (e.name === 'article' || e.name === 'main') articleDepth--;
          if (e.name === 'a') linkDepth--;
          if (!e.skip && BLOCK_TAGS.has(e.name)) newline();
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        // Link text is marked so lines that are mostly links (menus in table layouts, 上一篇/下一篇) can go.
        out.push(
          linkDepth > 0
            ? LINK_OPEN + data.replace(LINK_MARKS, '') + LINK_CLOSE
            : data.replace(LINK_MARKS, ''),
        );
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .replace(/[ \t\r\f\v\u00a0\u3000]*\n[ \t\r\f\v\u00a0\u3000\n]*/g, '\n')
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/^\n+|\n+$/g, '')
    .split('\n')
    .filter((line) => !mostlyLinks(line))
    .map((line) => line.replace(LINK_MARKS, '').trim())
    .filter((line) => line.length > 0 && !CHROME_LINE.test(line))
    .join('\n');
}

function mostlyLinks(line: string): boolean {
  let inLink = 0;
  let total = 0;
  let depth = 0;
  for (const ch of line) {
    if (ch === LINK_OPEN) depth++;
    else if (ch === LINK_CLOSE) depth--;
    else if (ch.trim().length > 0) {
      total++;
      if (depth > 0) inLink++;
    }
  }
  return total > 0 && inLink / total >= 0.6;
}

/** True when the text looks like an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i.test(
    text.slice(0, 2048),
  );
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type). */
export function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

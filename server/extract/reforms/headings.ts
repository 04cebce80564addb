// Section headings that announce an initiative: (二)创新推出分期竣工验收.
import type { Passage } from '../model.ts';
import { genericCore, METRIC, strip, type Candidate } from './candidate.ts';

const HEADING_TAIL =
  /(?:成效显著|纵深推进|高效推进|取得实效|取得新成效|取得新突破|持续深化|全面推进|有序推进|稳步推进|扎实推进|见行见效|走深走实|成效明显|全面落地|提质增效|深入推进)$/u;
const HEADING_LEAD =
  /^(?:(?:创新推出|创新实施|创新建立|全面推行|推行|推出|首创|试行|探索|建立完善|建立健全|持续推进|深入推进|积极推进|重点开展|纵深推进|推进|实施|开展|深化|打造|构建|建立|健全|完善)+)/u;
const HEADING_STRONG = /创新|推出|推行|首创|试行|探索|实施/u;
const HEADING_GENERIC_END =
  /(?:工作|管理|能力|水平|格局|作用|权益|氛围|环境|供给|监督|领导|质效|决策|程序|保障|职责|责任|队伍|机构|宣传|教育|学习|意识|建设|治理|服务|执法|审查|调解|优先|为民|稳定|透明|运行)$/u;

export function headingCandidates(text: string, passages: Passage[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of passages) {
    const line = text.slice(p.start, Math.min(p.end, p.start + 64));
    const mk = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、．.]|\d{1,2}[、.．])/u.exec(
      line,
    );
    if (!mk) continue;
    const rest = line.slice(mk[0].length);
    const stop = rest.search(/[。；;，,：:！!]/u);
    let head = stop === -1 ? rest : rest.slice(0, stop);
    if (head.length > 30) continue;
    const lead = HEADING_LEAD.exec(head)?.[0] ?? '';
    head = head.slice(lead.length);
    const tailM = HEADING_TAIL.exec(head);
    const tail = tailM?.[0] ?? '';
    head = head.slice(0, head.length - tail.length);
    const name = strip(head);
    if (name.length < 4 || METRIC.test(name) || genericCore(name)) continue;
    if (!(HEADING_STRONG.test(lead) || tail)) continue;
    if (HEADING_GENERIC_END.test(name) && !tail) continue;
    const start = p.start + mk[0].length + lead.length;
    out.push({
      start,
      end: start + head.length,
      name,
      aliases: [],
      source: 'discovered',
      rank: 0,
      pilot: false,
    });
  }
  return out;
}

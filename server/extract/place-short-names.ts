// Short forms of place names as reports write them: 嘉兴 for 嘉兴市, 景宁 for 景宁畲族自治县.
import type { JurisdictionLevel } from './model.ts';

// Ethnic names inside autonomous-area names: 景宁畲族自治县 → 景宁, 延边朝鲜族自治州 → 延边.
const ETHNIC =
  /(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|景颇|傈僳|白|回|蒙古|柯尔克孜|哈萨克|畲|瑶|黎|满|达斡尔|鄂温克|鄂伦春|仫佬|毛南|仡佬|水|纳西|拉祜|佤|普米|怒|独龙|撒拉|土|保安|东乡|裕固|锡伯|塔吉克|维吾尔|各|族)+$/u;

/** The short forms of a place name; none when the stem is too short or on the deny list. */
export function shortNamesOf(name: string, level: JurisdictionLevel, deny: Set<string>): string[] {
  let stem: string;
  if (level === 'nation') return ['中国'];
  if (level === 'town') return [];
  if (/(自治区|自治州|自治县|自治旗)$/.test(name)) {
    const bare = name.slice(0, -3);
    const stripped = bare.replace(ETHNIC, '');
    // 内蒙古自治区, 西藏自治区: the ethnic-looking part is the name itself.
    stem = stripped.length >= 2 ? stripped : bare;
  } else if (level === 'province') stem = name.replace(/(省|市|特别行政区)$/, '');
  else if (level === 'city') stem = name.replace(/(市|地区|盟)$/, '');
  else stem = name.replace(/(新区|县|市|区|旗)$/, '');
  if (stem === name || stem.length < 2 || deny.has(stem)) return [];
  return [stem];
}

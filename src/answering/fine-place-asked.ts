/**
 * "…落在丹江口 具体在哪个镇哪条路上": a place finer than the reports tell (a township, a village, a street).
 * A sentence naming only the city or county is no answer to it.
 */
const FINE_PLACE_ASKED = /哪(?:个|一个)?(?:镇|乡|村|街道|社区|小区)|哪(?:条|一条)(?:路|街|大道)|具体(?:地址|位置|门牌)|门牌号|详细地址/u;

/** A township, village or street named: a name before 镇/乡/村/街道/路, not the words for such places in general. */
const FINE_PLACE_GIVEN = /\p{Script=Han}{2}(?:镇|乡|村|街道|路|大道)(?![长委书干民村镇])/u;
const PLACES_IN_GENERAL = /乡村|城乡|农村|乡镇|村镇|村居|镇[(（]街道[)）]|街道办|新路|道路|思路|出路|门路|线路/gu;

/** What a decline names as missing. */
export const FINE_PLACE_NOT_KEPT = '具体到乡镇、街道的地点';

export function asksForAFinePlace(question: string): boolean {
  return FINE_PLACE_ASKED.test(question);
}

export function givesAFinePlace(text: string): boolean {
  return FINE_PLACE_GIVEN.test(text.replace(PLACES_IN_GENERAL, '，'));
}

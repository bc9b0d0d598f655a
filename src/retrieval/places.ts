import { existsSync, readFileSync } from 'node:fs';

/**
 * The districts and counties of each city, and the nicknames and landmarks members name it by
 * (`knowledge/places.txt`, "十堰：茅箭 张湾 郧阳 … 武当山 车城"): a member who names only where they are
 * ("霸州的委员", "武昌这边", "武当山那个市") asks about that city's committee.
 */
export function loadPlaces(file: string | undefined): Map<string, string> {
  const cityOf = new Map<string, string>();
  if (!file || !existsSync(file)) return cityOf;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/u)) {
    const [city, places] = line.trim().startsWith('#') ? [] : line.split(/[：:]/u);
    if (!city?.trim() || !places) continue;
    for (const place of places.split(/\s+/u).filter(Boolean)) cityOf.set(place, city.trim());
  }
  return cityOf;
}

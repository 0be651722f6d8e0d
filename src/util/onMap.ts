/** A country or a place: an entity with a location, whether or not it acts ("of Ruritania", "in Ohio", "Dover resident Tom Ellis"). */
export function onMap(type: string | undefined): boolean {
  return type === 'place' || type === 'country';
}

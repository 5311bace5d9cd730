import { markRaw, type Component } from 'vue';

/**
 * Plug-in points of pages for sections from other features. A feature must not import another (see
 * eslint.config.js), so the app shell registers, say, the Umsetzungsstand of a Kommune for the Kommune's
 * profile, and the profile renders whatever is registered through <PageSections>. The props each place hands
 * to its sections are fixed here.
 */
export interface PageSectionProps {
  /** The top of a Kommune's profile, before its Steckbrief: the answer first (its share online). */
  'kommune-kopf': { ags: string };
  /** A Kommune's profile (/kommunen/:ags); `ags` as in the address (AGS, Kreisschlüssel or ARS). */
  'kommune-profil': { ags: string };
  /** The top of a Themenfeld's page (/themenfelder/:id): how far its Leistungen are online. */
  themenfeld: { id: number };
  /** A Leistung's page (/leistungen/:ozgId). */
  leistung: { ozgId: number };
}
export type PageSectionPlace = keyof PageSectionProps;

const registry = new Map<PageSectionPlace, Component[]>();

export function registerPageSection<P extends PageSectionPlace>(
  place: P,
  component: Component<PageSectionProps[P]>,
): void {
  const list = registry.get(place) ?? [];
  if (!list.includes(component)) list.push(markRaw(component as Component));
  registry.set(place, list);
}

export function pageSections(place: PageSectionPlace): readonly Component[] {
  return registry.get(place) ?? [];
}

/**
 * Components shared across features by the shell, e.g. the drill-down map of NRW: a feature that needs it
 * asks for it by name and gets nothing if the shell did not provide it.
 */
const shared = new Map<string, Component>();

export function provideSharedComponent(name: 'karte', component: Component): void {
  shared.set(name, markRaw(component));
}

export function sharedComponent(name: 'karte'): Component | undefined {
  return shared.get(name);
}

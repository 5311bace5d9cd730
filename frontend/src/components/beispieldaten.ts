import { computed, shallowReactive } from 'vue';

/** The example-data notices on the page now, by the anchor each leaves in the document. */
const hinweise = shallowReactive(new Map<number, HTMLElement>());
let naechste = 0;

export function anmelden(anker: HTMLElement): number {
  const id = naechste++;
  hinweise.set(id, anker);
  return id;
}

export function abmelden(id: number): void {
  hinweise.delete(id);
}

/** The notice that comes first in reading order: the only one that shows. */
export const ersterHinweis = computed(() => {
  let erster: [number, HTMLElement] | undefined;
  for (const eintrag of hinweise) {
    if (!erster || eintrag[1].compareDocumentPosition(erster[1]) & Node.DOCUMENT_POSITION_FOLLOWING)
      erster = eintrag;
  }
  return erster?.[0];
});

export const mehrereHinweise = computed(() => hinweise.size > 1);

import { computed } from 'vue';
import { enumParam, useUrlQuery } from '@/composables/useUrlQuery';
import { REIFEGRAD_STANDARD } from './labels';

const stufen = ['0', '1', '2', '3', '4'] as const;

/**
 * The Reifegrad from which an online entry counts, in the URL (`?reifegrad=3`) so that a view with a
 * threshold can be shared. Pages with more parameters pass their own schema's state in `others`.
 */
export function useReifegradSchwelle() {
  const url = useUrlQuery({ reifegrad: enumParam(stufen) });
  const reifegrad = computed(() => Number(url.state.value.reifegrad ?? REIFEGRAD_STANDARD));
  const model = computed({
    get: () => String(reifegrad.value),
    set: (v: string) => void url.update({ reifegrad: stufen.find((s) => s === v) }),
  });
  return { reifegrad, model };
}

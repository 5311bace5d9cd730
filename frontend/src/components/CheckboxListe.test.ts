import { render, screen } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import CheckboxListe from './CheckboxListe.vue';

const optionen = Array.from({ length: 100 }, (_, i) => ({
  value: String(10000 + i),
  label: i === 42 ? 'Führerschein' : `Leistung ${i}`,
  detail: `OZG-ID ${10000 + i}`,
}));

function rendere() {
  const gewaehlt = ref<string[]>([]);
  const Huelle = defineComponent(
    () => () =>
      h(CheckboxListe, {
        id: 'liste',
        label: 'OZG-Leistungen',
        hint: 'Nach Name oder OZG-ID suchen',
        options: optionen,
        limit: 20,
        modelValue: gewaehlt.value,
        'onUpdate:modelValue': (v: string[]) => (gewaehlt.value = v),
      }),
  );
  render(Huelle);
  return gewaehlt;
}

describe('CheckboxListe', () => {
  it('finds options by name or ID, keeps a ticked one in place, and says how many are chosen', async () => {
    const gewaehlt = rendere();
    const user = userEvent.setup();
    expect(screen.getByRole('group', { name: /OZG-Leistungen \(0 gewählt\)/ })).toBeInTheDocument();
    // hundreds of checkboxes help nobody: the first 20, the search narrows
    expect(screen.getAllByRole('checkbox')).toHaveLength(20);
    expect(screen.getByText(/20 von 100 weiteren gezeigt/)).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'OZG-Leistungen durchsuchen' }), 'fuhrersch');
    const fs = screen.getByRole('checkbox', { name: /Führerschein/ });
    await user.click(fs);
    expect(gewaehlt.value).toEqual(['10042']);
    expect(screen.getByRole('group', { name: /\(1 gewählt\)/ })).toBeInTheDocument();

    // another search: the chosen one stays in view, unticking it leaves it where it is
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), '10007');
    expect(screen.getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['10007', '10042']);
    await user.click(screen.getByRole('checkbox', { name: /Führerschein/ }));
    expect(gewaehlt.value).toEqual([]);
    expect(screen.getByRole('checkbox', { name: /Führerschein/ })).not.toBeChecked();
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Nach Name oder OZG-ID suchen');
  });
});

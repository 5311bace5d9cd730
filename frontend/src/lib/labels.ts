import type { components } from '@/api/schema';

type S = components['schemas'];

/** German labels for the API's enums, shared by lists, filters and detail pages. */
export const kommuneTypLabel: Record<S['KommuneTyp'], string> = {
  KREISFREIE_STADT: 'Kreisfreie Stadt',
  KREIS: 'Kreis',
  GROSSE_KREISANGEHOERIGE_STADT: 'Große kreisangehörige Stadt',
  MITTLERE_KREISANGEHOERIGE_STADT: 'Mittlere kreisangehörige Stadt',
  KREISANGEHOERIGE_GEMEINDE: 'Kreisangehörige Gemeinde',
};

export const ebeneLabel: Record<S['Ebene'], string> = {
  GEMEINDE: 'Gemeinde',
  KREIS: 'Kreis',
};

export const organisationTypLabel: Record<S['OrganisationTyp'], string> = {
  IT_DIENSTLEISTER: 'IT-Dienstleister',
  KOMMUNE: 'Kommune',
  KOMMUNALER_DACHVERBAND: 'Kommunaler Dachverband',
  LANDESEINRICHTUNG: 'Landeseinrichtung',
  LANDESMINISTERIUM: 'Landesministerium',
  KOMMUNALER_SPITZENVERBAND: 'Kommunaler Spitzenverband',
};

export const basiskomponenteKategorieLabel: Record<S['BasiskomponenteKategorie'], string> = {
  NUTZERKONTO: 'Nutzerkonto',
  BEZAHLDIENST: 'Bezahldienst',
  PORTAL: 'Portal',
  DATENAUSTAUSCH: 'Datenaustausch',
  FORMULARDIENST: 'Formulardienst',
};

export const betriebsebeneLabel: Record<S['Betriebsebene'], string> = {
  BUND: 'Bund',
  LAND: 'Land',
  BUND_LAENDER: 'Bund und Länder',
  KOMMUNAL: 'Kommunal',
};

/** Options for a <select> from a label record, in the record's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

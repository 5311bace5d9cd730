/**
 * Sections that features contribute to other features' pages, and the components they share; registered
 * once, when the router module loads (also in tests, which use the same routes).
 */
import { provideSharedComponent, registerPageSection } from '@/components/pageSections';
import { NrwMap } from '@/features/kommunen';
import { KommuneKopf, KommuneUmsetzung, LeistungUmsetzung, ThemenfeldStand } from '@/features/umsetzung';

registerPageSection('kommune-kopf', KommuneKopf);
registerPageSection('kommune-profil', KommuneUmsetzung);
registerPageSection('leistung', LeistungUmsetzung);
registerPageSection('themenfeld', ThemenfeldStand);
provideSharedComponent('karte', NrwMap);

import type { ReasonField } from '../../shared/history/reasonFields';
import { useMessages } from '../i18n/I18nProvider';

/** The estate form's own labels for the fields that may need a reason. */
export function useReasonFieldLabels(): Readonly<Record<ReasonField, string>> {
  const e = useMessages().ui.estates;
  return {
    communityId: e.community, name: e.name, aliases: e.aliases, estateClass: e.estateClass, mode: e.mode, company: e.company, buildings: e.buildings,
    households: e.households, floorArea: e.floorArea, address: e.address, pilot: e.pilot, notes: e.notes,
  };
}

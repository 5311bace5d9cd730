/** One choice of a combobox or checkbox list: the key sent to the API, the name shown, and a second line. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  /** Shown small under the label and searched too, e.g. the AGS of a Kommune or the Themenfeld of a Leistung. */
  readonly detail?: string;
}

/** IANA time zones this runtime knows, e.g. "America/Chicago". */
export const TIME_ZONES: readonly string[] = Intl.supportedValuesOf("timeZone");

const known = new Set(TIME_ZONES);
export const isTimeZone = (value: string) => known.has(value) || value === "UTC";

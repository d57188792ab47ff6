// Short figures for places with little room (dashboard cards): "9,999" then "11.1K"; "$44.6M",
// "$6.1B". One formatter each, built once: building an Intl.NumberFormat is the costly part.
const fullCount = new Intl.NumberFormat("en-US");
const shortCount = new Intl.NumberFormat("en-US", { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 });
const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** Whole with thousands separators below 10,000, compact from there. */
export const compactCount = (n: number) => (n < 10_000 ? fullCount : shortCount).format(n);

/** US dollars, compact: "$720K", "$44.6M". */
export const compactMoney = (n: number) => money.format(n);

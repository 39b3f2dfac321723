export * from "./build";
export * from "./booking-event";
export * from "./links";

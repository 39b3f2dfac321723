// Public API of the scheduling engine: pure functions, no I/O, no framework.
// Instants are Date at this edge; calendar dates "YYYY-MM-DD"; wall times "HH:MM".
export { DomainError, type DomainErrorCode } from "./errors";

export {
  addDaysISO,
  canonicalTimeZone,
  dayOfWeekISO,
  formatHHMM,
  formatHHMMSS,
  formatInZone,
  isValidDateISO,
  isValidTimeZone,
  isoInstant,
  mondayZeroToSundayZero,
  parseHHMM,
  parseHHMMSS,
  requireTimeZone,
  startOfZonedDay,
  sundayZeroToMondayZero,
  wallTimeToInstant,
  wallTimeToInstants,
  zoneOffsetMinutes,
  zonedDate,
  zonedDayOfWeek,
  zonedMinutes,
} from "./time";

export { type Interval, mergeIntervals, overlaps, subtractIntervals } from "./intervals";

export {
  type Availability,
  type AvailabilityValidation,
  type DateOverride,
  type ExpandInput,
  type IndexedError,
  type RangeCheck,
  type TimeOff,
  type TimeRange,
  type ValidationResult,
  type WeeklyRule,
  DAY_NAMES,
  expandAvailability,
  splitOvernightRule,
  validateAvailability,
  validateOverrides,
  validateRange,
  validateTimeOff,
  validateWeeklyRules,
} from "./availability";

export {
  type HostPolicy,
  type HostPolicyInput,
  type PolicyError,
  POLICY_BOUNDS,
  POLICY_DEFAULTS,
  isValidDuration,
  resolvePolicy,
  validatePolicy,
} from "./policy";

export {
  type BusyInterval,
  type EngineInput,
  type ExternalBusy,
  type GroupInput,
  type GroupOccurrence,
  groupSlotState,
} from "./busy";

export {
  type FixedSlot,
  type SlotQuery,
  type SlotWithDurations,
  generateFixedSlots,
  generateSlotTimes,
  generateSlots,
  groupSlotsByDate,
  rangeForDates,
} from "./slots";

export { type BookingCheck, type CheckResult, type ConflictReason, checkBooking } from "./conflicts";

export {
  ACTION_TARGETS,
  ACTORS,
  BLOCKING_STATUSES,
  BOOKING_ACTIONS,
  BOOKING_STATUSES,
  RESCHEDULABLE_STATUSES,
  RESCHEDULE_ACTORS,
  TERMINAL_STATUSES,
  TRANSITIONS,
  type ActionResult,
  type Actor,
  type BookingAction,
  type BookingFlags,
  type BookingStatus,
  type BookingTimes,
  type FlagPolicy,
  type StatusAction,
  type TransitionResult,
  allowedActions,
  allowedTransitions,
  applyAction,
  blocksTime,
  bookingFlags,
  isActor,
  isBookingStatus,
  isTerminal,
  transition,
} from "./booking-state";

export {
  DIALECTS,
  DIALECT_WORDS,
  SESSION_TYPES,
  SESSION_TYPE_DISPLAY_000,
  STATUS_DISPLAY_000,
  type Dialect,
  type DialectStatus,
  type SessionType,
  fromDialect,
  isDialectStatus,
  sessionTypeDisplay000,
  statusDisplay000,
  toDialect,
} from "./status-vocabulary";

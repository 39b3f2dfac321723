// The cast of the demo world: hosts (with their policies, weekly hours and
// services) and clients. Pure data; demo.ts turns it into rows.
import type { BookingAudience, ServiceKind, SessionType } from "@/lib/generated/prisma/client";
import { DEMO_ADMIN_EMAIL, DEMO_CLIENT_EMAIL, DEMO_HOST_EMAIL } from "./accounts";

export interface ServiceDef {
  key: string;
  kind: ServiceKind;
  name: string;
  description: string;
  durationMinutes: number;
  priceCents: number;
  sessionType: SessionType;
  location?: string;
  capacity?: number;
  bundleCredits?: number;
  /** package: the individual services it contains. */
  items?: { key: string; quantity: number }[];
  /** Relative popularity among the host's individual services. */
  weight?: number;
}

export interface ProfileDef {
  slotIntervalMinutes: number;
  durationsMinutes: number[];
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  minCancelNoticeHours: number;
  requiresConfirmation: boolean;
  audience: BookingAudience;
  dailyBookingLimit?: number;
  weeklyBookingLimit?: number;
  refundFullNoticeHours: number;
}

/** [daysOfWeek (0 = Sunday), "HH:MM" start, "HH:MM" end, notes?] */
export type RuleDef = [number[], string, string, string?];

export interface HostDef {
  email: string;
  name: string;
  zone: string;
  headline: string;
  bio: string;
  company: string;
  topics: string[];
  currency: string;
  profile: ProfileDef;
  rules: RuleDef[];
  services: ServiceDef[];
  /** Relative share of the randomly generated bookings. */
  weight: number;
  agendas: string[];
  clientNotes: string[];
  hostNotes: string[];
}

export interface ClientDef {
  email: string;
  name: string;
  zone: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5];

export const HOSTS: HostDef[] = [
  {
    email: DEMO_HOST_EMAIL,
    name: "Harper Host",
    zone: "America/New_York",
    headline: "Career & leadership coach for people moving into their first lead role",
    bio:
      "I spent twelve years in product and engineering leadership at two scale-ups before becoming a full-time coach. " +
      "I help people navigate career switches, promotions and their first months managing a team. " +
      "Sessions are practical: we leave every call with one or two concrete next steps.",
    company: "Harper Coaching LLC",
    topics: ["career", "leadership", "interviewing", "promotion"],
    currency: "USD",
    profile: {
      slotIntervalMinutes: 30,
      durationsMinutes: [30, 60],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      minNoticeMinutes: 240,
      horizonDays: 60,
      minCancelNoticeHours: 24,
      requiresConfirmation: true,
      audience: "anyone",
      refundFullNoticeHours: 24,
    },
    rules: [
      [WEEKDAYS, "09:00", "12:00"],
      [WEEKDAYS, "13:00", "17:00"],
      [[2, 4], "18:00", "20:00", "Evening slots for people in other time zones"],
      [[6], "10:00", "13:00"],
      [[0], "15:00", "17:00", "Sunday planning sessions"],
    ],
    services: [
      { key: "intro", kind: "individual", name: "Intro call", description: "A free 30-minute call to see whether we are a good fit.", durationMinutes: 30, priceCents: 0, sessionType: "video", weight: 2 },
      { key: "career", kind: "individual", name: "Career guidance", description: "Plan your next career move: roles, positioning, negotiation.", durationMinutes: 60, priceCents: 12000, sessionType: "video", weight: 5 },
      { key: "leadership", kind: "individual", name: "Leadership coaching", description: "One-to-one coaching for new and aspiring team leads.", durationMinutes: 60, priceCents: 15000, sessionType: "video", weight: 4 },
      { key: "interview", kind: "individual", name: "Interview practice", description: "A realistic behavioural interview with written feedback.", durationMinutes: 30, priceCents: 6000, sessionType: "audio", weight: 2 },
      { key: "resume", kind: "individual", name: "Résumé & LinkedIn review", description: "Send your résumé beforehand; detailed written feedback by email at the booked time.", durationMinutes: 30, priceCents: 8000, sessionType: "email", weight: 1 },
      { key: "group", kind: "group", name: "Career switchers circle", description: "A small peer group for people changing careers, facilitated by Harper.", durationMinutes: 60, priceCents: 4500, sessionType: "video", capacity: 8 },
      { key: "course", kind: "course", name: "Lead with confidence (3 weeks)", description: "Three weekly live sessions on feedback, delegation and running 1:1s.", durationMinutes: 60, priceCents: 39000, sessionType: "video", capacity: 10 },
      { key: "package", kind: "package", name: "Career reset pack", description: "An intro call plus three career guidance sessions.", durationMinutes: 60, priceCents: 40000, sessionType: "video", items: [{ key: "intro", quantity: 1 }, { key: "career", quantity: 3 }] },
      { key: "bundle", kind: "bundle", name: "Coaching bundle — 5 sessions", description: "Five 60-minute coaching credits to use within six months.", durationMinutes: 60, priceCents: 55000, sessionType: "video", bundleCredits: 5 },
    ],
    weight: 1.5,
    agendas: ["Prepare for the promotion conversation", "Decide between two offers", "Plan the first 30 days in the new team", "Practise giving difficult feedback", "Salary negotiation strategy"],
    clientNotes: ["I have an offer deadline on Friday.", "My manager is leaving and I might take over the team.", "Happy to share my screen with the org chart.", "First time doing coaching, a bit nervous!"],
    hostNotes: ["Strong on vision, needs to delegate more.", "Follow up on the negotiation outcome.", "Send the 1:1 template afterwards.", "Client prefers direct feedback."],
  },
  {
    email: "priya.raman@slotbook.test",
    name: "Priya Raman",
    zone: "Asia/Kolkata",
    headline: "Staff engineer · system design and backend career mentoring",
    bio:
      "Staff engineer working on payments infrastructure in Bengaluru. I run mock system design interviews and mentor " +
      "backend engineers who want to grow into senior and staff roles. Evenings and weekends IST.",
    company: "Independent mentor",
    topics: ["system design", "backend", "distributed systems", "interviewing"],
    currency: "INR",
    profile: {
      slotIntervalMinutes: 30,
      durationsMinutes: [30, 60, 90],
      bufferBeforeMinutes: 5,
      bufferAfterMinutes: 5,
      minNoticeMinutes: 720,
      horizonDays: 45,
      minCancelNoticeHours: 12,
      requiresConfirmation: true,
      audience: "anyone",
      refundFullNoticeHours: 24,
    },
    rules: [
      [WEEKDAYS, "07:00", "09:00"],
      [WEEKDAYS, "18:00", "22:00"],
      [[6], "08:00", "12:30"],
      [[6], "13:00", "18:00"],
      [[0], "09:00", "16:00"],
    ],
    services: [
      { key: "intro", kind: "individual", name: "Career chat for engineers", description: "A free half hour to talk about your growth as an engineer.", durationMinutes: 30, priceCents: 0, sessionType: "audio", weight: 2 },
      { key: "mock", kind: "individual", name: "System design mock interview", description: "A 90-minute mock interview with a written debrief.", durationMinutes: 90, priceCents: 250000, sessionType: "video", weight: 4 },
      { key: "review", kind: "individual", name: "Code & design review", description: "Async-friendly review of a design doc or pull request over chat.", durationMinutes: 60, priceCents: 150000, sessionType: "chat", weight: 2 },
      { key: "mentoring", kind: "individual", name: "Backend career mentoring", description: "One-to-one mentoring towards senior and staff roles.", durationMinutes: 60, priceCents: 200000, sessionType: "video", weight: 3 },
      { key: "group", kind: "group", name: "System design study group", description: "Work through one classic design problem together each week.", durationMinutes: 90, priceCents: 60000, sessionType: "video", capacity: 12 },
      { key: "course", kind: "course", name: "Distributed systems foundations (3 weeks)", description: "Replication, partitioning and consensus in three live sessions.", durationMinutes: 90, priceCents: 900000, sessionType: "video", capacity: 12 },
      { key: "package", kind: "package", name: "Interview prep pack", description: "Two mock interviews and one design review.", durationMinutes: 90, priceCents: 550000, sessionType: "video", items: [{ key: "mock", quantity: 2 }, { key: "review", quantity: 1 }] },
      { key: "bundle", kind: "bundle", name: "Mentoring bundle — 10 sessions", description: "Ten 60-minute mentoring credits.", durationMinutes: 60, priceCents: 1500000, sessionType: "video", bundleCredits: 10 },
    ],
    weight: 1.4,
    agendas: ["Design a URL shortener", "Design a rate limiter", "Review my promotion packet", "Walk through a Kafka-based pipeline", "Prepare for the staff engineer loop"],
    clientNotes: ["Interview loop is in two weeks.", "I will share a Google Doc with the design.", "Please focus on trade-offs, not on the happy path."],
    hostNotes: ["Good breadth, weak on capacity estimates.", "Recommend DDIA chapters 5–6.", "Ready for real interviews."],
  },
  {
    email: "aarav.shrestha@slotbook.test",
    name: "Aarav Shrestha",
    zone: "Asia/Kathmandu",
    headline: "Math tutor · calculus, statistics and olympiad prep",
    bio:
      "Mathematics graduate from Tribhuvan University tutoring high-school and first-year university students " +
      "online for eight years. Patient, step-by-step explanations and lots of practice problems.",
    company: "Himalaya Maths Tutoring",
    topics: ["math", "calculus", "statistics", "exam prep"],
    currency: "USD",
    profile: {
      slotIntervalMinutes: 15,
      durationsMinutes: [30, 45, 60],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minNoticeMinutes: 60,
      horizonDays: 30,
      minCancelNoticeHours: 6,
      requiresConfirmation: false,
      audience: "anyone",
      dailyBookingLimit: 6,
      refundFullNoticeHours: 12,
    },
    rules: [
      [[0, 1, 2, 3, 4, 5], "06:00", "10:00", "Before school"],
      [[0, 1, 2, 3, 4, 5], "16:00", "21:00"],
    ],
    services: [
      { key: "trial", kind: "individual", name: "Free placement chat", description: "Tell me what you are studying; we find the right plan.", durationMinutes: 30, priceCents: 0, sessionType: "video", weight: 1 },
      { key: "tutoring", kind: "individual", name: "Math tutoring (calculus & algebra)", description: "One-to-one tutoring with a shared whiteboard.", durationMinutes: 60, priceCents: 5000, sessionType: "video", weight: 5 },
      { key: "stats", kind: "individual", name: "Statistics help", description: "Probability, distributions, hypothesis tests.", durationMinutes: 45, priceCents: 5000, sessionType: "video", weight: 3 },
      { key: "homework", kind: "individual", name: "Homework help by chat", description: "Quick help with a problem set over chat.", durationMinutes: 30, priceCents: 2500, sessionType: "chat", weight: 2 },
      { key: "group", kind: "group", name: "Calculus problem-solving lab", description: "Solve past exam problems together in a small group.", durationMinutes: 60, priceCents: 1500, sessionType: "video", capacity: 10 },
      { key: "course", kind: "course", name: "Statistics crash course (3 weeks)", description: "Three live sessions covering a semester of intro statistics.", durationMinutes: 60, priceCents: 12000, sessionType: "video", capacity: 12 },
      { key: "package", kind: "package", name: "Exam prep pack", description: "Four calculus and two statistics sessions.", durationMinutes: 60, priceCents: 27000, sessionType: "video", items: [{ key: "tutoring", quantity: 4 }, { key: "stats", quantity: 2 }] },
      { key: "bundle", kind: "bundle", name: "Tutoring bundle — 10 sessions", description: "Ten 60-minute tutoring credits.", durationMinutes: 60, priceCents: 45000, sessionType: "video", bundleCredits: 10 },
    ],
    weight: 1.2,
    agendas: ["Limits and continuity", "Integration by parts", "Confidence intervals", "Past paper question 7", "Bayes' theorem problems"],
    clientNotes: ["Exam is next Thursday!", "I struggle with word problems.", "Could we go slowly through the proofs?"],
    hostNotes: ["Assign chain-rule practice set B.", "Needs more work on sign errors.", "Big improvement since last time."],
  },
  {
    email: "olivia.bennett@slotbook.test",
    name: "Olivia Bennett",
    zone: "Australia/Sydney",
    headline: "Registered psychologist · anxiety, stress and burnout (CBT)",
    bio:
      "I am a registered psychologist in Sydney with a focus on anxiety, panic and work-related burnout. " +
      "I use cognitive behavioural therapy and mindfulness-based approaches. I see existing clients only; " +
      "new clients join after a referral and an initial consultation.",
    company: "Surry Hills Psychology",
    topics: ["anxiety", "burnout", "CBT", "mindfulness"],
    currency: "AUD",
    profile: {
      slotIntervalMinutes: 60,
      durationsMinutes: [60, 90],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      minNoticeMinutes: 1440,
      horizonDays: 90,
      minCancelNoticeHours: 48,
      requiresConfirmation: true,
      audience: "related_clients",
      dailyBookingLimit: 5,
      weeklyBookingLimit: 20,
      refundFullNoticeHours: 48,
    },
    rules: [
      [WEEKDAYS, "08:00", "12:00"],
      [WEEKDAYS, "13:00", "18:00"],
      [[2, 3], "19:00", "21:00", "Telehealth evenings"],
      [[6], "09:00", "13:00"],
    ],
    services: [
      { key: "consult", kind: "individual", name: "Initial consultation", description: "A first session to understand what brings you here.", durationMinutes: 60, priceCents: 0, sessionType: "video", weight: 1 },
      { key: "therapy", kind: "individual", name: "CBT therapy session", description: "A 60-minute telehealth therapy session.", durationMinutes: 60, priceCents: 14000, sessionType: "video", weight: 6 },
      { key: "extended", kind: "individual", name: "Extended therapy session", description: "A 90-minute session for deeper work.", durationMinutes: 90, priceCents: 19500, sessionType: "video", weight: 1 },
      { key: "inperson", kind: "individual", name: "In-person therapy session", description: "A 60-minute session at the Surry Hills practice.", durationMinutes: 60, priceCents: 14500, sessionType: "in_person", location: "Suite 4, 120 Crown Street, Surry Hills NSW 2010, Australia", weight: 2 },
      { key: "phone", kind: "individual", name: "Phone check-in", description: "A shorter-format phone session between regular appointments.", durationMinutes: 60, priceCents: 9000, sessionType: "audio", weight: 1 },
      { key: "group", kind: "group", name: "Anxiety skills group", description: "A small, closed group practising CBT skills together.", durationMinutes: 90, priceCents: 4500, sessionType: "video", capacity: 6 },
      { key: "course", kind: "course", name: "Mindfulness for anxiety (3 weeks)", description: "Three guided group sessions with home practice.", durationMinutes: 90, priceCents: 29000, sessionType: "video", capacity: 8 },
      { key: "package", kind: "package", name: "Getting started package", description: "An initial consultation plus three therapy sessions.", durationMinutes: 60, priceCents: 42000, sessionType: "video", items: [{ key: "consult", quantity: 1 }, { key: "therapy", quantity: 3 }] },
      { key: "bundle", kind: "bundle", name: "Therapy bundle — 5 sessions", description: "Five 60-minute therapy credits.", durationMinutes: 60, priceCents: 65000, sessionType: "video", bundleCredits: 5 },
    ],
    weight: 1,
    agendas: ["Review the thought record", "Sleep and evening routine", "Exposure plan, step 3", "Preparing for the work review"],
    clientNotes: ["It has been a hard week.", "I would like to talk about work stress.", "Could we do this one by phone if video fails?"],
    hostNotes: ["Mood improved; continue weekly.", "Practise the breathing exercise daily.", "Check in about sleep next time."],
  },
  {
    email: "lukas.weber@slotbook.test",
    name: "Lukas Weber",
    zone: "Europe/Berlin",
    headline: "Engineering management & product strategy coach",
    bio:
      "Former VP Engineering at a Berlin fintech. I coach engineering managers and product leads on team health, " +
      "planning and strategy. Instant booking: pick a slot and it is confirmed.",
    company: "Weber Leadership GmbH",
    topics: ["leadership", "engineering management", "product strategy", "career"],
    currency: "EUR",
    profile: {
      slotIntervalMinutes: 30,
      durationsMinutes: [30, 60, 90],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      minNoticeMinutes: 120,
      horizonDays: 60,
      minCancelNoticeHours: 24,
      requiresConfirmation: false,
      audience: "anyone",
      refundFullNoticeHours: 24,
    },
    rules: [
      [[1, 2, 3, 4], "08:00", "12:30"],
      [[1, 2, 3, 4], "13:30", "18:00"],
      [[5], "08:00", "14:00"],
      [[6], "09:00", "12:00", "Saturday walks"],
    ],
    services: [
      { key: "intro", kind: "individual", name: "Intro call", description: "Free 30 minutes to get to know each other.", durationMinutes: 30, priceCents: 0, sessionType: "video", weight: 1 },
      { key: "mgmt", kind: "individual", name: "Engineering management coaching", description: "One-to-one coaching for engineering managers.", durationMinutes: 60, priceCents: 11000, sessionType: "video", weight: 5 },
      { key: "product", kind: "individual", name: "Product strategy session", description: "A deep-dive on roadmap, metrics and positioning.", durationMinutes: 90, priceCents: 16000, sessionType: "video", weight: 2 },
      { key: "walk", kind: "individual", name: "Walk & talk in the Tiergarten", description: "Coaching on foot, in person in Berlin.", durationMinutes: 60, priceCents: 9000, sessionType: "in_person", location: "Großer Stern, Tiergarten, 10557 Berlin, Germany", weight: 1 },
      { key: "async", kind: "individual", name: "Written feedback on your plan", description: "Send a plan or doc; written feedback by email at the booked time.", durationMinutes: 30, priceCents: 5000, sessionType: "email", weight: 1 },
      { key: "group", kind: "group", name: "New managers roundtable", description: "Peer discussion for managers in their first year.", durationMinutes: 60, priceCents: 3500, sessionType: "video", capacity: 10 },
      { key: "course", kind: "course", name: "First 90 days as a manager (3 weeks)", description: "Three live sessions on the transition from engineer to manager.", durationMinutes: 60, priceCents: 24000, sessionType: "video", capacity: 10 },
      { key: "package", kind: "package", name: "Manager onboarding pack", description: "Three coaching sessions and one strategy session.", durationMinutes: 60, priceCents: 45000, sessionType: "video", items: [{ key: "mgmt", quantity: 3 }, { key: "product", quantity: 1 }] },
      { key: "bundle", kind: "bundle", name: "Coaching bundle — 10 sessions", description: "Ten 60-minute coaching credits.", durationMinutes: 60, priceCents: 99000, sessionType: "video", bundleCredits: 10 },
    ],
    weight: 1.3,
    agendas: ["Team topology after the reorg", "Quarterly planning", "Underperformer conversation", "Hiring plan for Q3", "OKRs that are not theatre"],
    clientNotes: ["We have a reorg announcement next week.", "I will bring our current roadmap.", "Mostly want a sounding board today."],
    hostNotes: ["Suggested skip-level 1:1s.", "Revisit hiring plan in two weeks.", "Great progress on delegation."],
  },
  {
    email: "sofia.martinez@slotbook.test",
    name: "Sofía Martínez",
    zone: "America/Mexico_City",
    headline: "Spanish teacher · conversation, grammar and travel Spanish",
    bio:
      "Certified ELE teacher from Guadalajara, now in Mexico City. Relaxed conversation classes with structure " +
      "behind them: every lesson comes with notes and vocabulary you can review.",
    company: "Habla Ya Online",
    topics: ["spanish", "languages", "conversation", "travel"],
    currency: "USD",
    profile: {
      slotIntervalMinutes: 30,
      durationsMinutes: [30, 60],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minNoticeMinutes: 180,
      horizonDays: 45,
      minCancelNoticeHours: 12,
      requiresConfirmation: true,
      audience: "anyone",
      refundFullNoticeHours: 12,
    },
    rules: [
      [WEEKDAYS, "07:00", "11:00"],
      [WEEKDAYS, "16:00", "20:00"],
      [[6], "09:00", "13:00"],
      [[6], "14:00", "18:00"],
      [[0], "09:00", "13:00"],
      [[0], "17:00", "20:00"],
    ],
    services: [
      { key: "trial", kind: "individual", name: "Trial lesson", description: "A free 30-minute lesson to find your level.", durationMinutes: 30, priceCents: 0, sessionType: "video", weight: 1 },
      { key: "conv", kind: "individual", name: "Conversational Spanish", description: "60 minutes of guided conversation with notes afterwards.", durationMinutes: 60, priceCents: 3500, sessionType: "video", weight: 6 },
      { key: "grammar", kind: "individual", name: "Grammar clinic", description: "Targeted grammar practice by phone.", durationMinutes: 30, priceCents: 2000, sessionType: "audio", weight: 2 },
      { key: "chat", kind: "individual", name: "Spanish chat practice", description: "Written conversation practice over chat.", durationMinutes: 30, priceCents: 1500, sessionType: "chat", weight: 1 },
      { key: "group", kind: "group", name: "Spanish conversation club", description: "Small-group conversation on a weekly theme.", durationMinutes: 60, priceCents: 1200, sessionType: "video", capacity: 8 },
      { key: "course", kind: "course", name: "Spanish for travellers (3 weeks)", description: "Three live lessons of survival Spanish for your next trip.", durationMinutes: 60, priceCents: 9000, sessionType: "video", capacity: 10 },
      { key: "package", kind: "package", name: "Fluency starter pack", description: "Four conversation lessons and two grammar clinics.", durationMinutes: 60, priceCents: 16000, sessionType: "video", items: [{ key: "conv", quantity: 4 }, { key: "grammar", quantity: 2 }] },
      { key: "bundle", kind: "bundle", name: "Lesson bundle — 10 lessons", description: "Ten 60-minute lesson credits.", durationMinutes: 60, priceCents: 30000, sessionType: "video", bundleCredits: 10 },
    ],
    weight: 1.3,
    agendas: ["Subjunctive after 'ojalá'", "Ordering food and small talk", "Past tenses: pretérito vs imperfecto", "Job interview in Spanish"],
    clientNotes: ["Trip to Oaxaca next month!", "Please correct me a lot.", "Beginner, A2 level."],
    hostNotes: ["Send vocab list 4.", "Review ser/estar next time.", "Ready for B1 material."],
  },
  {
    email: "daniel.kim@slotbook.test",
    name: "Daniel Kim",
    zone: "America/Los_Angeles",
    headline: "Startup advisor · fundraising, pitch decks and go-to-market",
    bio:
      "Two-time founder (one exit) and angel investor in the Bay Area. I help early-stage founders with their pitch, " +
      "fundraising process and first go-to-market motions.",
    company: "Kim Ventures",
    topics: ["startups", "fundraising", "product", "go-to-market"],
    currency: "USD",
    profile: {
      slotIntervalMinutes: 60,
      durationsMinutes: [30, 60],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minNoticeMinutes: 1440,
      horizonDays: 90,
      minCancelNoticeHours: 24,
      requiresConfirmation: true,
      audience: "anyone",
      weeklyBookingLimit: 10,
      refundFullNoticeHours: 48,
    },
    rules: [
      [WEEKDAYS, "09:00", "12:00"],
      [WEEKDAYS, "13:00", "17:00"],
      [[2, 4], "17:00", "20:00"],
      [[6], "10:00", "13:00"],
      [[6], "14:00", "18:00"],
      [[0], "14:00", "20:00", "Sunday founder hours"],
    ],
    services: [
      { key: "office", kind: "individual", name: "Founder office hours", description: "Free 30 minutes for early-stage founders.", durationMinutes: 30, priceCents: 0, sessionType: "video", weight: 2 },
      { key: "pitch", kind: "individual", name: "Pitch deck review", description: "Live teardown of your deck with an investor's eyes.", durationMinutes: 60, priceCents: 15000, sessionType: "video", weight: 4 },
      { key: "gtm", kind: "individual", name: "Go-to-market strategy", description: "ICP, pricing and first channels.", durationMinutes: 60, priceCents: 15000, sessionType: "video", weight: 3 },
      { key: "coffee", kind: "individual", name: "Coffee chat in Palo Alto", description: "An in-person coffee for Bay Area founders.", durationMinutes: 60, priceCents: 10000, sessionType: "in_person", location: "Coupa Café, 538 Ramona St, Palo Alto, CA 94301, USA", weight: 1 },
      { key: "group", kind: "group", name: "Founder peer circle", description: "Founders share a problem and get feedback from the group.", durationMinutes: 60, priceCents: 5000, sessionType: "video", capacity: 10 },
      { key: "course", kind: "course", name: "Fundraising bootcamp (3 weeks)", description: "Three live sessions: narrative, pipeline, closing.", durationMinutes: 60, priceCents: 45000, sessionType: "video", capacity: 12 },
      { key: "package", kind: "package", name: "Seed round prep", description: "Two pitch reviews and one go-to-market session.", durationMinutes: 60, priceCents: 40000, sessionType: "video", items: [{ key: "pitch", quantity: 2 }, { key: "gtm", quantity: 1 }] },
      { key: "bundle", kind: "bundle", name: "Advisor bundle — 5 sessions", description: "Five 60-minute advisory credits.", durationMinutes: 60, priceCents: 65000, sessionType: "video", bundleCredits: 5 },
    ],
    weight: 1,
    agendas: ["Seed deck v3 teardown", "Pricing for a B2B SaaS", "Investor pipeline review", "Which channel to test first"],
    clientNotes: ["Deck link in the booking notes.", "We are raising a $1.5M pre-seed.", "Would love intros if it makes sense."],
    hostNotes: ["Deck: lead with traction slide.", "Possible intro to two angels.", "Too early for paid ads."],
  },
  {
    email: "camila.rocha@slotbook.test",
    name: "Camila Rocha",
    zone: "America/Sao_Paulo",
    headline: "Senior product designer · portfolio reviews and UX career mentoring",
    bio:
      "Product designer in São Paulo with ten years in fintech and e-commerce. I review portfolios, run design " +
      "critiques and mentor designers moving into senior roles.",
    company: "Rocha Design Studio",
    topics: ["ux design", "portfolio", "design critique", "career"],
    currency: "USD",
    profile: {
      slotIntervalMinutes: 30,
      durationsMinutes: [30, 60],
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 0,
      minNoticeMinutes: 360,
      horizonDays: 60,
      minCancelNoticeHours: 24,
      requiresConfirmation: true,
      audience: "anyone",
      refundFullNoticeHours: 24,
    },
    rules: [
      [WEEKDAYS, "09:00", "12:00"],
      [WEEKDAYS, "14:00", "18:00"],
      [[3], "19:00", "21:00"],
      [[6], "09:00", "12:00"],
    ],
    services: [
      { key: "intro", kind: "individual", name: "Portfolio quick look", description: "A free 30-minute first look at your portfolio.", durationMinutes: 30, priceCents: 0, sessionType: "video", weight: 1 },
      { key: "portfolio", kind: "individual", name: "Portfolio review", description: "A detailed live review of two case studies.", durationMinutes: 60, priceCents: 9000, sessionType: "video", weight: 5 },
      { key: "career", kind: "individual", name: "UX career mentoring", description: "Career growth, levelling and job search for designers.", durationMinutes: 60, priceCents: 8000, sessionType: "audio", weight: 3 },
      { key: "critique", kind: "individual", name: "Async design critique", description: "Written critique of a Figma file, delivered by email.", durationMinutes: 30, priceCents: 5000, sessionType: "email", weight: 1 },
      { key: "group", kind: "group", name: "Design critique circle", description: "Bring a work-in-progress and get feedback from peers.", durationMinutes: 60, priceCents: 2500, sessionType: "video", capacity: 8 },
      { key: "course", kind: "course", name: "UX research essentials (3 weeks)", description: "Interviews, synthesis and usability tests in three live sessions.", durationMinutes: 60, priceCents: 18000, sessionType: "video", capacity: 10 },
      { key: "package", kind: "package", name: "Job-ready portfolio pack", description: "Two portfolio reviews and one career session.", durationMinutes: 60, priceCents: 24000, sessionType: "video", items: [{ key: "portfolio", quantity: 2 }, { key: "career", quantity: 1 }] },
      { key: "bundle", kind: "bundle", name: "Mentoring bundle — 5 sessions", description: "Five 60-minute mentoring credits.", durationMinutes: 60, priceCents: 36000, sessionType: "video", bundleCredits: 5 },
    ],
    weight: 1.1,
    agendas: ["Checkout redesign case study", "Storytelling in case studies", "Preparing the design exercise", "Moving from mid to senior"],
    clientNotes: ["Figma link attached.", "I am switching from graphic design.", "Applying to fintechs mostly."],
    hostNotes: ["Case study 2 needs outcomes.", "Shorten the intro section.", "Strong visual craft."],
  },
];

export const DEMO_CLIENT: ClientDef = { email: DEMO_CLIENT_EMAIL, name: "Casey Client", zone: "Europe/London" };
export const DEMO_ADMIN: ClientDef = { email: DEMO_ADMIN_EMAIL, name: "Avery Admin", zone: "UTC" };

export const CLIENTS: ClientDef[] = [
  { email: "emma.johansson@slotbook.test", name: "Emma Johansson", zone: "Europe/Stockholm" },
  { email: "noah.williams@slotbook.test", name: "Noah Williams", zone: "America/Chicago" },
  { email: "mei.chen@slotbook.test", name: "Mei Chen", zone: "Asia/Shanghai" },
  { email: "lucas.silva@slotbook.test", name: "Lucas Silva", zone: "America/Sao_Paulo" },
  { email: "aisha.bello@slotbook.test", name: "Aisha Bello", zone: "Africa/Lagos" },
  { email: "hiroshi.tanaka@slotbook.test", name: "Hiroshi Tanaka", zone: "Asia/Tokyo" },
  { email: "fatima.alsayed@slotbook.test", name: "Fatima Al-Sayed", zone: "Asia/Dubai" },
  { email: "liam.oconnor@slotbook.test", name: "Liam O'Connor", zone: "Europe/Dublin" },
  { email: "chloe.dubois@slotbook.test", name: "Chloé Dubois", zone: "Europe/Paris" },
  { email: "rahul.verma@slotbook.test", name: "Rahul Verma", zone: "Asia/Kolkata" },
  { email: "sarah.cohen@slotbook.test", name: "Sarah Cohen", zone: "America/New_York" },
  { email: "tom.nguyen@slotbook.test", name: "Tom Nguyen", zone: "Australia/Melbourne" },
  { email: "ana.kovac@slotbook.test", name: "Ana Kovač", zone: "Europe/Zagreb" },
  { email: "diego.ramirez@slotbook.test", name: "Diego Ramírez", zone: "America/Bogota" },
  { email: "zoe.taylor@slotbook.test", name: "Zoe Taylor", zone: "Pacific/Auckland" },
  { email: "kwame.mensah@slotbook.test", name: "Kwame Mensah", zone: "Africa/Accra" },
  { email: "isabella.rossi@slotbook.test", name: "Isabella Rossi", zone: "Europe/Rome" },
  { email: "ethan.brown@slotbook.test", name: "Ethan Brown", zone: "America/Denver" },
  { email: "nadia.petrova@slotbook.test", name: "Nadia Petrova", zone: "Europe/Warsaw" },
  { email: "maya.patel@slotbook.test", name: "Maya Patel", zone: "America/Toronto" },
];

/** Clients who are in an ongoing relationship with the therapist (audience related_clients). */
export const THERAPIST_EMAIL = "olivia.bennett@slotbook.test";
export const THERAPIST_CLIENTS = [
  DEMO_CLIENT_EMAIL,
  "tom.nguyen@slotbook.test",
  "zoe.taylor@slotbook.test",
  "liam.oconnor@slotbook.test",
  "maya.patel@slotbook.test",
  "hiroshi.tanaka@slotbook.test",
];

/** Regular clients of the demo host (also stored as relations). */
export const DEMO_HOST_REGULARS = [DEMO_CLIENT_EMAIL, "sarah.cohen@slotbook.test", "noah.williams@slotbook.test"];

export const CANCEL_REASONS = {
  client: [
    "Something came up at work, sorry!",
    "I am travelling that week.",
    "Feeling unwell.",
    "Found the answer I needed, thanks.",
    "Family emergency.",
  ],
  host: ["I am unwell and have to cancel, apologies.", "Double-booked with a conference talk, sorry.", "Power outage in my area."],
  system: ["Payment was not completed in time."],
} as const;

export const DECLINE_REASONS = [
  "This is outside what I can help with; I would recommend a specialist.",
  "Fully booked that week, please pick another date.",
  "I only take clients at a more advanced level for this service.",
];

export const RESCHEDULE_REASONS = [
  "Conflict with a work meeting.",
  "Host asked to move the session.",
  "Flight changed, moving to later in the week.",
];

export const CLIENT_NOTE_CONTENT = [
  "Thanks for the session! Sharing the doc we discussed.",
  "Quick question before we meet: should I prepare anything?",
  "Here are the links I mentioned.",
  "Running two minutes late, sorry.",
  "Notes from my side: I will try the approach we discussed this week.",
];

export const HOST_SHARED_NOTE_CONTENT = [
  "Summary: three action items, see below. 1) draft, 2) review, 3) follow up.",
  "Resources from today's session are attached.",
  "Great session. Homework for next time is in the shared doc.",
];

export const FEEDBACK_COMMENTS: Record<number, string[]> = {
  5: ["Incredibly helpful, I left with a clear plan.", "Best session so far, thank you!", "Exactly what I needed.", "Warm, sharp and practical.", ""],
  4: ["Very useful, a few things went a bit fast.", "Good session, would book again.", "Helpful advice and good follow-up notes.", ""],
  3: ["Okay, but I expected more concrete examples.", "Fine session; connection issues at the start."],
  2: ["Started late and felt rushed."],
  1: ["Did not match the description of the service."],
};

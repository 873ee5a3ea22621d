/**
 * Droxford: "The school Twitter account will usually only tweet between the
 * hours of 8am and 6pm between Monday and Friday. The only time tweets outside
 * of this time are for school events … or to share urgent school news."
 *
 * The send time is read on the school's clock (settings.hours.timezone), not
 * the laptop's: a trip abroad or a laptop set to UTC must not move the hours.
 */
import type { Day } from './profile/schema';
import type { Rule } from './types';

const WEEKDAYS: Record<string, Day> = { Mon: 'Mon', Tue: 'Tue', Wed: 'Wed', Thu: 'Thu', Fri: 'Fri', Sat: 'Sat', Sun: 'Sun' };
const DAY_NAMES: Record<Day, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};
const WEEK: Day[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

// Formatters are costly to build and the check runs on every keystroke.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The last answer, by UTC second: a teacher types several keys a second, and
 * formatToParts is a large share of this rule's time. The minute on the
 * school's clock cannot change within one UTC second (zone offsets are whole
 * seconds).
 */
let lastClock: { timeZone: string; second: number; day: Day; minutes: number } | undefined;

/** Day of the week and minutes since midnight on the school's clock. */
export function localTime(at: Date, timeZone: string): { day: Day; minutes: number } {
  const second = Math.floor(at.getTime() / 1000);
  if (lastClock && lastClock.second === second && lastClock.timeZone === timeZone) return { day: lastClock.day, minutes: lastClock.minutes };
  const clock = clockOf(at, timeZone);
  lastClock = { timeZone, second, ...clock };
  return clock;
}

function clockOf(at: Date, timeZone: string): { day: Day; minutes: number } {
  let day: Day = 'Mon';
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type === 'weekday') day = WEEKDAYS[part.value] ?? day;
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { day, minutes: hour * 60 + minute };
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "Monday to Friday" for a run of days, else a list. */
export function describeDays(days: readonly Day[]): string {
  const sorted = WEEK.filter((d) => days.includes(d));
  if (sorted.length === 0) return 'no days';
  const first = WEEK.indexOf(sorted[0]!);
  const contiguous = sorted.every((d, i) => WEEK.indexOf(d) === first + i);
  if (contiguous && sorted.length > 2) return `${DAY_NAMES[sorted[0]!]} to ${DAY_NAMES[sorted[sorted.length - 1]!]}`;
  return sorted.map((d) => DAY_NAMES[d]).join(', ');
}

/** Inside from start (inclusive) to end (exclusive); an end before the start runs past midnight. */
export function isInsideHours(day: Day, minutes: number, hours: { days: readonly Day[]; start: string; end: string }): boolean {
  if (!hours.days.includes(day)) return false;
  const start = toMinutes(hours.start);
  const end = toMinutes(hours.end);
  if (start === end) return true;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

export const outsideHours: Rule = {
  id: 'outside-hours',
  meta: {
    description: "The post is sent outside the school's posting hours",
    defaultSeverity: 'confirm',
    policySource: ['droxford-junior'],
    messages: {
      default:
        'It is {time} on {day}. The school account only tweets {days}, {start}–{end}; outside these hours tweets are only for school events (matches, trips, performances) or urgent school news such as a closure.',
      // A profile whose posting days are all switched off: there is no "Monday to Friday, 08:00–18:00" to quote or
      // schedule into. Its first sentence says why on its own: the card shows only the first sentence.
      noDays:
        "Your school has set no posting days, so {time} on {day} is outside its posting hours. Outside them, tweets are only for school events (matches, trips, performances) or urgent school news such as a closure.",
    },
    hints: {
      default: 'Schedule the post for {days} after {start}, or tick the box if this is a school event or urgent news.',
      noDays: "Tick the box if this is a school event or urgent news; your school's posting hours allow nothing else.",
    },
    attestation: 'This is a school event or urgent news',
  },
  scope: 'draft',
  check(ctx) {
    const { hours } = ctx.profile.settings;
    if (Number.isNaN(ctx.at.getTime())) return [];
    const { day, minutes } = localTime(ctx.at, hours.timezone);
    if (isInsideHours(day, minutes, hours)) return [];
    const time = clock(minutes);
    return [
      {
        match: `${day} ${time}`,
        data: { time, day: DAY_NAMES[day], days: describeDays(hours.days), start: hours.start, end: hours.end },
        ...(hours.days.length === 0 ? { messageId: 'noDays' } : {}),
      },
    ];
  },
};

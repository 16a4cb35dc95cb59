/**
 * Every training tour (issue 6), validated by the schema when this module loads: a broken tour file
 * fails the player's build and the unit tests instead of failing in front of a room.
 */

import accessNewPassword from './data/access-new-password.json';
import appAndroidIos from './data/app-android-ios.json';
import cancelAccess from './data/cancel-access.json';
import cancelSubject from './data/cancel-subject.json';
import changeSubject from './data/change-subject.json';
import changeWebsite from './data/change-website.json';
import claimWanwang from './data/claim-wanwang.json';
import firstShCompany from './data/first-sh-company.json';
import firstZjIndividual from './data/first-zj-individual.json';
import newWebsiteElsewhere from './data/new-website-elsewhere.json';
import newWebsiteHere from './data/new-website-here.json';
import serviceNumbers from './data/service-numbers.json';
import smsCheckWrong from './data/sms-check-wrong.json';
import todayZjFace from './data/today-zj-face.json';
import { type Tour, TourSchema } from './schema';

/** Tour files in the order the launcher lists them. */
const FILES: readonly unknown[] = [
  todayZjFace,
  firstZjIndividual,
  firstShCompany,
  accessNewPassword,
  newWebsiteElsewhere,
  newWebsiteHere,
  changeSubject,
  changeWebsite,
  cancelSubject,
  cancelAccess,
  claimWanwang,
  serviceNumbers,
  smsCheckWrong,
  appAndroidIos,
];

export const TOURS: readonly Tour[] = FILES.map((f, i) => {
  const parsed = TourSchema.safeParse(f);
  if (!parsed.success) {
    const id = (f as { id?: string }).id ?? `#${i}`;
    throw new Error(`tour ${id}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  }
  return parsed.data;
});

export function findTour(id: string): Tour | undefined {
  return TOURS.find((t) => t.id === id);
}

/** The raw files, for tests that check them beyond the schema. */
export const TOUR_FILES = FILES;

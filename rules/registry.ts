/** Every rule, in RULES.md order. One rule a file; tests/unit/rules/registry.test.ts keeps this list honest. */
import type { Rule } from './types';
import { pupilFullName } from './pupil-full-name';
import { pupilName } from './pupil-name';
import { identifiableName } from './identifiable-name';
import { nameWithPhoto } from './name-with-photo';
import { photoConsent } from './photo-consent';
import { targetedComment } from './targeted-comment';
import { outsideHours } from './outside-hours';
import { reply } from './reply';
import { directMessage } from './direct-message';
import { textSpeak } from './text-speak';
import { offensiveLanguage } from './offensive-language';
import { negativeTone } from './negative-tone';
import { staffOpinion } from './staff-opinion';
import { personalData } from './personal-data';
import { safeguardingSecret } from './safeguarding-secret';
import { sensitiveDetail } from './sensitive-detail';
import { schoolAccount } from './school-account';
import { copyright } from './copyright';
import { possiblePupilName } from './possible-pupil-name';
import { uncoveredFace } from './uncovered-face';
import { groupPhotosOnly } from './group-photos-only';

export const ALL_RULES: readonly Rule[] = [
  pupilFullName,
  pupilName,
  identifiableName,
  nameWithPhoto,
  photoConsent,
  targetedComment,
  outsideHours,
  reply,
  directMessage,
  textSpeak,
  offensiveLanguage,
  negativeTone,
  staffOpinion,
  personalData,
  safeguardingSecret,
  sensitiveDetail,
  schoolAccount,
  copyright,
  possiblePupilName,
  uncoveredFace,
  groupPhotosOnly,
];

export const RULES_BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

/** Profile bookkeeping in the background (managed policy, audit counts). */
export function setupProfileService(): void {
  // Implemented by the profile-management work.
}

/** Routes OCR requests from content scripts to the OCR host (offscreen document on Chrome). */
export function setupOcrService(): void {
  // Implemented by the image-checks work.
}

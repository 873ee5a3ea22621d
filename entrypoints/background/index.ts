import { setupDataService } from './data';
import { setupOcrService } from './ocr';
import { setupProfileService } from './profile';
import { setupSeeWhoService } from './see-who';

// Listeners must be registered synchronously at start-up so an MV3 service
// worker woken by an event still receives it.
export default defineBackground(() => {
  setupOcrService();
  setupProfileService();
  setupSeeWhoService();
  setupDataService();
});

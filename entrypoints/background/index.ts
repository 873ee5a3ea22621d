import { setupDataService } from './data';
import { setupImageCheckService } from './image-checks';
import { setupProfileService } from './profile';
import { setupSeeWhoService } from './see-who';

// Listeners must be registered synchronously at start-up so an MV3 service
// worker woken by an event still receives it.
export default defineBackground(() => {
  setupImageCheckService();
  setupProfileService();
  setupSeeWhoService();
  setupDataService();
});

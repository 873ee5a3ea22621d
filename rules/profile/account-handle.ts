/**
 * What a site's account handle looks like, as data: the settings schema
 * validates `accounts` against the format the site adapter supplies
 * (components/x/ supplies X's). rules/ stays pure and site-neutral.
 */
export interface AccountHandleFormat {
  /** The site's name for error messages ("X"). */
  site: string;
  /** One handle, with or without its prefix. */
  pattern: RegExp;
  /** The prefix handles are stored with ("@"). */
  prefix: string;
  /** An example for error messages ("@OakfieldPrimary"). */
  example: string;
}

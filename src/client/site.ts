/**
 * The one script every page runs: a small classic script in <head> (bundled by
 * build/integrations/siteScript.ts), so that Exit this page works from the first paint. It holds the exit
 * control and the search launcher, both listening on the document. Scripts only some pages need
 * (print, copy link, the search page, the offer check) stay with their components, so that no page
 * runs more than 2.5 KiB of JavaScript.
 */
import '~/client/exitThisPage';
import '~/search/client/launcher';

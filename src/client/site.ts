/**
 * The module script every page runs, as one small file: the search launcher. Exit this page runs
 * earlier, as a classic script in <head> (client/exitThisPage.ts). Scripts only some pages need
 * (print, copy link, the search page) stay with their components, so that no page runs more than
 * 2 KiB of JavaScript.
 */
import '~/search/client/launcher';

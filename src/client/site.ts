/**
 * The script every page runs, as one small file: the exit control and the search launcher.
 * Scripts only some pages need (print, copy link, the search page) stay with their components,
 * so that no page runs more than 2 KiB of JavaScript.
 */
import '~/client/exitThisPage';
import '~/search/client/launcher';

// Where the suite in the browser host leaves its report and counts: a folder
// of the test workspace, which the launcher reads on the server's disk.
export const REPORT_FOLDER = '.posture-breaks-web-test';

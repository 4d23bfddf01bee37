/**
 * Saving something the page made (CSV, PNG, SVG) as a file.
 * @module download
 */

/**
 * Offers a blob as a download.
 *
 * @param {Blob} blob - the content
 * @param {string} filename - the name to suggest
 */
export function downloadBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Offers `content` as a file download through a Blob URL and a temporary `<a download>`. */
export function downloadText(
  filename: string,
  mimeType: string,
  content: string,
  doc: Document = document
): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }))
  const link = doc.createElement('a')
  link.href = url
  link.download = filename
  link.style.display = 'none'
  doc.body.appendChild(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

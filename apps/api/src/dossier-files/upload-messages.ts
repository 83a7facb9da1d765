/** Words shared by the checks of an upload and by the multipart interceptor. */

/**
 * The name of an uploaded file as the person wrote it: multer reads a multipart file name as
 * latin1, while browsers send UTF-8 ("báo cáo.pdf"); NFC so that names compare as they look.
 */
export function uploadedFilename(originalname: string): string {
  // A name sent as filename*=UTF-8''… arrives decoded already: beyond latin1, leave it be.
  const decoded = /[^\u0000-\u00ff]/u.test(originalname) ? originalname : Buffer.from(originalname, 'latin1').toString('utf8');
  return decoded.normalize('NFC');
}

/** "20 MB", "1,5 MB": mebibytes, as people read file sizes. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

export function fileTooLarge(filename: string | undefined, maxBytes: number): string {
  return `${filename ? `Tệp “${filename}”` : 'Tệp'} vượt quá dung lượng cho phép (${megabytes(maxBytes)}).`;
}

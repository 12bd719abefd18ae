// shared/contract: environment-free. What each error code means to a person, and what they can do about it.
import type { ErrorCode } from './result'

export interface ErrorText {
  title: string
  whatToDo: string
}

export const ERROR_TEXT: Readonly<Record<ErrorCode, ErrorText>> = {
  BAD_ARGS: {
    title: 'LikeTrace could not use that request.',
    whatToDo: 'Choose the file again with the Open button or drop it on the window.',
  },
  FILE_NOT_FOUND: {
    title: 'That file or folder does not exist (any more).',
    whatToDo: 'Check that the file was not moved or deleted, then choose it again.',
  },
  READ_FAILED: {
    title: 'The file could not be read from disk.',
    whatToDo: 'Check that you are allowed to open it and that the disk is connected, then try again.',
  },
  NOT_A_ZIP: {
    title: 'This file is not a readable zip archive.',
    whatToDo: 'Use the zip exactly as TikTok sent it (TikTok_Data_….zip). If the download was interrupted, download it again.',
  },
  UNSUPPORTED_ZIP: {
    title: 'This zip uses a feature LikeTrace cannot open (a password or an unusual compression).',
    whatToDo: 'Unpack it with your system tools and drop the unpacked folder instead.',
  },
  UNSUPPORTED_FILE: {
    title: 'LikeTrace cannot read this kind of file.',
    whatToDo: 'Drop the TikTok "Download your data" zip (JSON or TXT), the user_data_tiktok.json inside it, or TikTok Studio CSV files.',
  },
  NOT_A_TIKTOK_EXPORT: {
    title: 'This does not look like a TikTok data export.',
    whatToDo: 'In TikTok: Settings and privacy > Account > Download your data. Request the file (JSON is best) and drop the zip you receive.',
  },
  ARCHIVE_TOO_LARGE: {
    title: 'This archive is larger than LikeTrace will open.',
    whatToDo: 'Request a new export with fewer categories selected; the like list alone is enough to explain lost likes.',
  },
  ENTRY_TOO_LARGE: {
    title: 'A file inside the archive unpacks to more data than LikeTrace will read.',
    whatToDo: 'Request a new export with fewer categories selected, or drop only user_data_tiktok.json.',
  },
  TOO_MANY_ENTRIES: {
    title: 'The archive holds far more files than a TikTok export has.',
    whatToDo: 'Check that you dropped the TikTok export and not another archive.',
  },
  BAD_ENCODING: {
    title: 'The text in this file is not in a format LikeTrace can read (it should be UTF-8).',
    whatToDo: 'Use the file exactly as TikTok sent it. If you opened and saved it in an editor, download the export again.',
  },
  BAD_JSON: {
    title: 'The JSON file is damaged or was edited by hand.',
    whatToDo: 'Use the file exactly as TikTok sent it, or download the export again.',
  },
  BAD_SHAPE: {
    title: 'The file has an unexpected structure.',
    whatToDo: 'Use the file exactly as TikTok sent it, or download the export again.',
  },
  ARCHIVE_TOO_COMPLEX: {
    title: 'The export is too complex to read safely within LikeTrace\'s memory limit.',
    whatToDo: 'Request a new export with fewer categories selected, or drop only user_data_tiktok.json.',
  },
  TIMEOUT: {
    title: 'Reading the export took too long and was stopped.',
    whatToDo: 'Try again; if it happens again, request an export with fewer categories selected.',
  },
  DIFFERENT_ACCOUNTS: {
    title: 'These two exports belong to different TikTok accounts.',
    whatToDo: 'Compare two exports of the same account, taken some weeks apart.',
  },
  CANCELLED: {
    title: 'The import was cancelled.',
    whatToDo: 'Drop the file again whenever you are ready.',
  },
  BUSY: {
    title: 'LikeTrace is still busy with the last request.',
    whatToDo: 'Wait until it has finished (or close its dialog), then try again.',
  },
}

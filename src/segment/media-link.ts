/** A media link a pasted post leaves in the text ("pic.twitter.com/…", a bare URL), with the space before it: not words of the statement. */
export const MEDIA_LINK = /\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+)/gu;

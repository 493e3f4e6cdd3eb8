package io.jmcp.servers.fetch;

/**
 * A response as the fetch server keeps it: status, content type and the body, decoded from gzip
 * and cut at the download limit.
 *
 * @param url the URL that answered (after redirects)
 * @param status the HTTP status code
 * @param contentType the Content-Type header, empty when the server sent none
 * @param body the body bytes, at most the download limit
 * @param truncated whether the body was longer than the limit (the rest was not read)
 */
record Download(WebUrl url, int status, String contentType, byte[] body, boolean truncated) {
}

package org.scrutiny.shared;

/** A file a person sent with a form: the name it had on their computer and its bytes. */
public record UploadedFile(String fileName, byte[] content) {

    public UploadedFile {
        fileName = fileName == null ? "" : fileName;
        content = content == null ? new byte[0] : content;
    }

    public boolean isEmpty() {
        return content.length == 0;
    }

    public int size() {
        return content.length;
    }
}

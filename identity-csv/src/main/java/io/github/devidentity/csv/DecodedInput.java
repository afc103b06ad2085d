package io.github.devidentity.csv;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;

/**
 * The text of a byte stream in the encoding its byte-order mark names (UTF-8, UTF-16LE or
 * UTF-16BE), UTF-8 when it has none; the mark itself is dropped.
 *
 * <p>Bytes that are not text in that encoding do not stop the reading: each bad sequence reads as
 * U+FFFD and its character offset is kept, so a reader that counts lines can report exactly where
 * it is ({@link #malformedBefore}). A decoder's read-ahead would otherwise blur the line.
 */
final class DecodedInput extends Reader {
  private static final int BYTES = 1 << 16;

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BYTES).flip();
  /** The offsets, in characters from the start, of the U+FFFD that stand for bad bytes. */
  private final ArrayDeque<Long> malformed = new ArrayDeque<>();
  private long produced;
  private boolean endOfBytes;
  private boolean flushed;

  private DecodedInput(InputStream in, Charset charset, byte[] lookahead, int lookaheadLength) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.clear();
    bytes.put(lookahead, 0, lookaheadLength);
    bytes.flip();
  }

  /** Reads the byte-order mark, if any, and gives the text after it. Does not close {@code in}. */
  static DecodedInput open(InputStream in) throws IOException {
    byte[] head = new byte[3];
    int length = 0;
    while (length < head.length) {
      int n = in.read(head, length, head.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    int b0 = length > 0 ? head[0] & 0xFF : -1;
    int b1 = length > 1 ? head[1] & 0xFF : -1;
    int b2 = length > 2 ? head[2] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new DecodedInput(in, UTF_8, head, 0);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new DecodedInput(in, UTF_16LE, new byte[] {head[2]}, length - 2);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new DecodedInput(in, UTF_16BE, new byte[] {head[2]}, length - 2);
    }
    return new DecodedInput(in, UTF_8, head, length);
  }

  /** The encoding the text is read in. */
  Charset charset() {
    return charset;
  }

  /**
   * Whether bad bytes were read as characters before {@code offset}, counted from the start of the
   * text; answering forgets them, so each is reported once.
   */
  boolean malformedBefore(long offset) {
    boolean found = false;
    while (!malformed.isEmpty() && malformed.peekFirst() < offset) {
      malformed.pollFirst();
      found = true;
    }
    return found;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (out.hasRemaining()) {
      CoderResult result = decoder.decode(bytes, out, endOfBytes);
      if (result.isError()) {
        if (!out.hasRemaining()) {
          break;
        }
        malformed.addLast(produced + out.position() - offset);
        out.put('\uFFFD');
        bytes.position(bytes.position() + result.length());
      } else if (result.isOverflow()) {
        break;
      } else if (out.position() > offset) {
        break;
      } else if (endOfBytes) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
        }
        break;
      } else {
        fill();
      }
    }
    int count = out.position() - offset;
    produced += count;
    return count == 0 ? -1 : count;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfBytes = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

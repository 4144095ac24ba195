package dev.platformconsultant.slack;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Turns a Markdown AST into Slack mrkdwn pieces, one per top-level block: text, preformatted (code
 * and tables, which must never be cut inside) and dividers. A visitor that visits children by
 * default, so only the nodes whose rendering differs from plain text are overridden.
 */
final class MrkdwnWriter {

  enum Kind {
    TEXT,
    PREFORMATTED,
    DIVIDER
  }

  /** A top-level piece of the message; preformatted text is without its ``` fences. */
  record Piece(Kind kind, String text) {}

  List<Piece> pieces(Node document) {
    List<Piece> pieces = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof ThematicBreak) {
        pieces.add(new Piece(Kind.DIVIDER, ""));
      } else if (node instanceof FencedCodeBlock code) {
        pieces.add(new Piece(Kind.PREFORMATTED, stripTrailingNewline(code.getLiteral())));
      } else if (node instanceof IndentedCodeBlock code) {
        pieces.add(new Piece(Kind.PREFORMATTED, stripTrailingNewline(code.getLiteral())));
      } else if (node instanceof TableBlock table) {
        pieces.add(new Piece(Kind.PREFORMATTED, table(table)));
      } else {
        String text = block(node).strip();
        if (!text.isEmpty()) {
          pieces.add(new Piece(Kind.TEXT, text));
        }
      }
    }
    return pieces;
  }

  /** A block and its children as mrkdwn (lists, quotes, headings, paragraphs). */
  String block(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(new Visitor(out, ""));
    return out.toString();
  }

  private static final class Visitor extends AbstractVisitor {
    private final StringBuilder out;
    private final String indent;

    Visitor(StringBuilder out, String indent) {
      this.out = out;
      this.indent = indent;
    }

    @Override
    public void visit(Paragraph paragraph) {
      visitChildren(paragraph);
      if (!(paragraph.getParent() instanceof ListItem) || paragraph.getNext() != null) {
        out.append("\n");
        if (!(paragraph.getParent() instanceof ListItem)) {
          out.append("\n");
        }
      }
    }

    @Override
    public void visit(Heading heading) {
      StringBuilder inner = new StringBuilder();
      visitInlines(heading, inner);
      // Slack has no headings in mrkdwn: bold on a line of its own reads as one.
      out.append('*').append(inner.toString().replace("*", "")).append("*\n");
    }

    @Override
    public void visit(BulletList list) {
      for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
        listItem(child, indent.isEmpty() ? "• " : "◦ ");
      }
      out.append(indent.isEmpty() ? "\n" : "");
    }

    @Override
    public void visit(OrderedList list) {
      int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
      for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
        listItem(child, (number++) + ". ");
      }
      out.append(indent.isEmpty() ? "\n" : "");
    }

    private void listItem(Node item, String marker) {
      out.append(indent).append(marker);
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof BulletList || child instanceof OrderedList) {
          if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
          }
          child.accept(new Visitor(out, indent + "    "));
        } else if (child instanceof FencedCodeBlock code) {
          out.append("\n```\n").append(stripTrailingNewline(code.getLiteral())).append("\n```\n");
        } else {
          StringBuilder inner = new StringBuilder();
          child.accept(new Visitor(inner, indent + "    "));
          out.append(inner.toString().strip().replace("\n", "\n" + indent + "    ")).append('\n');
        }
      }
      if (out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
    }

    @Override
    public void visit(BlockQuote quote) {
      StringBuilder inner = new StringBuilder();
      for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
        child.accept(new Visitor(inner, ""));
      }
      for (String line : inner.toString().strip().split("\n")) {
        out.append("> ").append(line).append('\n');
      }
      out.append('\n');
    }

    @Override
    public void visit(FencedCodeBlock code) {
      out.append("```\n").append(stripTrailingNewline(code.getLiteral())).append("\n```\n");
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      out.append("```\n").append(stripTrailingNewline(code.getLiteral())).append("\n```\n");
    }

    @Override
    public void visit(HtmlBlock html) {
      out.append(escape(html.getLiteral())).append('\n');
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
      out.append("\n───\n");
    }

    @Override
    public void visit(CustomBlock block) {
      if (block instanceof TableBlock table) {
        out.append("```\n").append(table(table)).append("\n```\n");
      } else {
        visitChildren(block);
      }
    }

    @Override
    public void visit(Text text) {
      out.append(escape(text.getLiteral()));
    }

    @Override
    public void visit(Code code) {
      out.append('`').append(escape(code.getLiteral())).append('`');
    }

    @Override
    public void visit(Emphasis emphasis) {
      wrap(emphasis, "_");
    }

    @Override
    public void visit(StrongEmphasis strong) {
      wrap(strong, "*");
    }

    @Override
    public void visit(Link link) {
      StringBuilder label = new StringBuilder();
      visitInlines(link, label);
      out.append(link(link.getDestination(), label.toString()));
    }

    @Override
    public void visit(Image image) {
      StringBuilder alt = new StringBuilder();
      visitInlines(image, alt);
      out.append(link(image.getDestination(), alt.isEmpty() ? "image" : alt.toString()));
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      out.append('\n');
    }

    @Override
    public void visit(HtmlInline html) {
      out.append(escape(html.getLiteral()));
    }

    private void wrap(Node node, String marker) {
      StringBuilder inner = new StringBuilder();
      visitInlines(node, inner);
      String text = inner.toString();
      if (text.isBlank()) {
        return;
      }
      // mrkdwn markers must touch the text: move surrounding spaces outside them.
      String leading = text.substring(0, text.length() - text.stripLeading().length());
      String trailing = text.substring(text.stripTrailing().length());
      out.append(leading).append(marker).append(text.strip()).append(marker).append(trailing);
    }

    private void visitInlines(Node parent, StringBuilder target) {
      for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
        child.accept(new Visitor(target, indent));
      }
    }
  }

  static String link(String destination, String label) {
    if (destination == null || destination.isBlank()) {
      return label;
    }
    String url = destination.replace(">", "%3E").replace("|", "%7C").replace(" ", "%20");
    String text = label.replace("|", "¦").replace(">", "&gt;");
    return text.isBlank() || text.equals(escape(destination))
        ? "<" + url + ">"
        : "<" + url + "|" + text + ">";
  }

  /** Slack's three control characters; nothing else may be escaped. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A table as aligned columns of plain text, which mrkdwn shows in a preformatted block. */
  static String table(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow) {
          List<String> cells = new ArrayList<>();
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
              cells.add(plain(cell).strip());
            }
          }
          rows.add(cells);
        }
      }
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.min(40, Math.max(widths[c], row.get(c).length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = c < row.size() ? row.get(c) : "";
        line.append(c == 0 ? "" : " | ")
            .append(cell)
            .append(" ".repeat(Math.max(0, widths[c] - cell.length())));
      }
      out.append(escape(line.toString().stripTrailing())).append('\n');
      if (r == 0) {
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns; c++) {
          rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
        }
        out.append(rule).append('\n');
      }
    }
    return stripTrailingNewline(out.toString());
  }

  /** Text content without formatting, for table cells inside a preformatted block. */
  private static String plain(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak softLineBreak) {
            out.append(' ');
          }
        });
    return out.toString();
  }

  private static String stripTrailingNewline(String text) {
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }
}

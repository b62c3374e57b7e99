#pragma once

#include <QString>

class QMessageBox;

// Text that came from a server, a link or a person is shown as it is: never read as markup
// (QLabel, QMessageBox and tooltips guess rich text, and a message box opens links), never as a
// mnemonic on a button. Labels that show such text take Qt::PlainText themselves.
namespace PlainText {

// The box shows its text and informative text as plain text, selectable, with no link to open.
// Call it once both texts are set.
void apply(QMessageBox *box);

// A tooltip that shows text exactly. Qt guesses whether a tooltip is rich text; one that might
// be is escaped and marked as rich text, so that nothing in it is read as markup.
QString toolTip(const QString &text);

// A button's text that shows text exactly: "&" doubled, so that it makes no mnemonic.
QString buttonText(const QString &text);

} // namespace PlainText

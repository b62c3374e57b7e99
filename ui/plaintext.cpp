#include "ui/plaintext.h"

#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>

namespace PlainText {

void apply(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // Selectable, so that it can be copied into a support request; no links to follow.
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The informative text has a label of its own, which Qt 6.4 leaves guessing.
    const auto labels = box->findChildren<QLabel *>();
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

QString toolTip(const QString &text)
{
    // A tooltip is read as rich text when it might be some; only then does it need the markup
    // that shows the text as it is.
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QString buttonText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace PlainText

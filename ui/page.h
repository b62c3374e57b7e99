#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

// What the pages of the window have in common: a column of comfortable reading width, centred in
// a wide window and using all of a narrow one, with a title on top; scrolling when the window is
// smaller than the page.
class Page : public QWidget
{
    Q_OBJECT
public:
    Page(const QString &title, QWidget *parent = nullptr);

protected:
    // Where the page puts its rows, below the title; content stays at the top.
    QWidget *column() const { return m_column; }
    void addRow(QWidget *widget);
    void addRow(QLayout *layout);
    // A label above its field, with a mnemonic that focuses the field.
    void addLabelledRow(const QString &label, QWidget *field, QWidget *buddy = nullptr);
    void addSpacing(); // half a line, between groups

private:
    QScrollArea *m_scrollArea;
    QWidget *m_content;
    QWidget *m_column;
    QVBoxLayout *m_layout;
    QLabel *m_title;
};

#include "ui/page.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

Page::Page(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_scrollArea(new QScrollArea(this))
    , m_content(new QWidget(m_scrollArea))
    , m_column(new QWidget(m_content))
    , m_layout(new QVBoxLayout(m_column))
    , m_title(new QLabel(title, m_column))
{
    // The page scrolls when the window is smaller than its content (large fonts, a small screen):
    // the window never needs to be taller than the screen. The area itself takes no focus; it
    // scrolls to the focused field as the keyboard moves through the page.
    auto *frame = new QVBoxLayout(this);
    frame->setContentsMargins(0, 0, 0, 0);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    frame->addWidget(m_scrollArea);

    auto *outer = new QHBoxLayout(m_content);
    // Room above the title, as much as a line and a half of text.
    const QMargins margins = outer->contentsMargins();
    outer->setContentsMargins(margins.left(), qMax(margins.top(), fontMetrics().height() * 3 / 2),
                              margins.right(), margins.bottom());
    // The column takes the room it is offered up to its maximum; the rest is split either side.
    m_column->setMaximumWidth(fontMetrics().averageCharWidth() * 64);
    m_column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    outer->addStretch(1);
    outer->addWidget(m_column, 1000);
    outer->addStretch(1);
    m_scrollArea->setWidget(m_content);
    m_content->installEventFilter(this);

    m_layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_layout->addWidget(m_title);
    m_layout->addStretch(1);
}

void Page::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString Page::title() const
{
    return m_title->text();
}

int Page::fittingHeight(int width) const
{
    const int frame = 2 * m_scrollArea->frameWidth();
    const int inner = qMax(width - frame, m_content->minimumSizeHint().width());
    const int content = m_content->hasHeightForWidth() ? m_content->heightForWidth(inner)
                                                       : m_content->sizeHint().height();
    return content + frame;
}

bool Page::eventFilter(QObject *watched, QEvent *event)
{
    // The content's layout asks to be done again when something in it changed its size.
    if (watched == m_content && event->type() == QEvent::LayoutRequest)
        Q_EMIT contentResized();
    return QWidget::eventFilter(watched, event);
}

void Page::takeFocus()
{
    if (m_focusWidget && isTabStop(m_focusWidget)) {
        m_focusWidget->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Nothing to start on in this state: the page itself takes the keyboard (no control, no
    // caret in a text), and Tab goes on to the first control.
    setFocus(Qt::OtherFocusReason);
}

QList<QWidget *> Page::tabOrder() const
{
    QList<QWidget *> order;
    const QList<QWidget *> widgets = m_column->findChildren<QWidget *>();
    for (QWidget *w : widgets)
        if ((w->focusPolicy() & Qt::TabFocus) && w->window() == window())
            order << w;
    return order;
}

bool Page::isTabStop(const QWidget *w) const
{
    return w->isVisibleTo(this) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
        && w->window() == window();
}

bool Page::focusNextPrevChild(bool next)
{
    const QList<QWidget *> order = isVisible() ? tabOrder() : QList<QWidget *>();
    const auto isStop = [this](const QWidget *w) { return w && isTabStop(w); };
    // A page on its way out (the window switches pages) or without controls: as Qt does it.
    if (std::none_of(order.cbegin(), order.cend(), isStop))
        return QWidget::focusNextPrevChild(next);

    // Where the keyboard is: a control of the list or a widget inside one. It may have just been
    // hidden or disabled (Qt then asks for the next control): the search starts from its place.
    QWidget *focused = QApplication::focusWidget();
    if (!focused)
        focused = window()->focusWidget();
    qsizetype index = -1;
    for (QWidget *w = focused; w && w != this && index < 0; w = w->parentWidget())
        index = order.indexOf(w);
    const qsizetype size = order.size();
    if (index < 0) // not on a control (the page itself): the first one, or the last one
        index = next ? size - 1 : 0;
    QWidget *target = nullptr;
    for (qsizetype step = 1; step <= size && !target; ++step) {
        QWidget *candidate = order.at((index + (next ? step : size - step)) % size);
        if (isStop(candidate))
            target = candidate;
    }
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    m_scrollArea->ensureWidgetVisible(target);
    return true;
}

void Page::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!event->isAutoRepeat())
            submit();
        event->accept();
        return;
    case Qt::Key_Escape:
        if (cancel()) {
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void Page::addRow(QWidget *widget)
{
    m_layout->insertWidget(m_layout->count() - 1, widget);
}

void Page::addRow(QLayout *layout)
{
    m_layout->insertLayout(m_layout->count() - 1, layout);
}

void Page::addLabelledRow(const QString &label, QWidget *field, QWidget *buddy)
{
    auto *title = new QLabel(label, m_column);
    title->setWordWrap(true);
    title->setBuddy(buddy ? buddy : field);
    auto *group = new QVBoxLayout;
    // Label and field belong together: closer to each other than to the next group.
    group->setSpacing(qMax(2, m_layout->spacing() / 3));
    group->addWidget(title);
    group->addWidget(field);
    addRow(group);
}

void Page::moveRowBelow(QWidget *row, QWidget *widget)
{
    const auto holderIndex = [this, widget] {
        for (int i = 0; i < m_layout->count(); ++i) {
            QLayoutItem *item = m_layout->itemAt(i);
            if (item->widget() == widget
                || (item->layout() && item->layout()->indexOf(widget) >= 0))
                return i;
        }
        return -1;
    };
    const int holder = holderIndex();
    if (holder < 0 || m_layout->indexOf(row) == holder + 1)
        return;
    m_layout->removeWidget(row);
    m_layout->insertWidget(holderIndex() + 1, row);
}

void Page::addSpacing()
{
    m_layout->insertSpacing(m_layout->count() - 1, fontMetrics().height() / 2);
}

QLabel *Page::addTextRow(const QString &objectName)
{
    auto *label = new QLabel(m_column);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(objectName);
    addRow(label);
    return label;
}

QPushButton *Page::makeButton(const QString &text, const QString &accessibleName,
                              const QString &toolTip)
{
    auto *button = new QPushButton(text, m_column);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    button->setAutoDefault(true);
    return button;
}

void Page::addButtonRow(std::initializer_list<QWidget *> leading,
                        std::initializer_list<QWidget *> trailing)
{
    auto *buttons = new QHBoxLayout;
    for (QWidget *button : leading)
        buttons->addWidget(button);
    buttons->addStretch(1);
    for (QWidget *button : trailing)
        buttons->addWidget(button);
    addSpacing();
    addRow(buttons);
}

QProgressBar *Page::makeBusyBar(const QString &accessibleName, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setAccessibleName(accessibleName);
    return bar;
}

QWidget *Page::addProgressRow(QLabel *label, const QString &barName)
{
    auto *row = new QWidget(m_column);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(makeBusyBar(barName, row));
    row->hide();
    addRow(row);
    return row;
}

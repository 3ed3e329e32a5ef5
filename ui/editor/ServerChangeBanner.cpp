#include "ui/editor/ServerChangeBanner.h"
#include "ui/common/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

ServerChangeBanner::ServerChangeBanner(QWidget* parent)
    : QFrame(parent)
    , m_textLabel(new QLabel(this))
    , m_reviewButton(new QPushButton(tr("&Review…"), this))
    , m_dismissButton(new QToolButton(this))
{
    setObjectName(u"serverChangeBanner"_s);
    setAccessibleName(tr("Server change notice"));
    setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Mark::Warning, palette(), u"#serverChangeBanner"_s));
    m_textLabel->setObjectName(u"serverChangeText"_s);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_reviewButton->setObjectName(u"reviewButton"_s);
    m_reviewButton->setAccessibleName(tr("Review the server's changes"));
    m_reviewButton->setToolTip(tr("Compare their changes with yours, field by field"));
    m_dismissButton->setObjectName(u"dismissButton"_s);
    m_dismissButton->setText(u"✕"_s);
    m_dismissButton->setAccessibleName(tr("Dismiss the server change notice"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_reviewButton);
    layout->addWidget(m_dismissButton);
    connect(m_reviewButton, &QPushButton::clicked, this, &ServerChangeBanner::reviewRequested);
    connect(m_dismissButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ServerChangeBanner::showChanged(const QString& who, const QString& when)
{
    showText(tr("Changed on the server by %1 at %2. Your unsaved changes are kept.").arg(who, when), true);
}

void ServerChangeBanner::showRefreshed(const QString& who, const QString& when)
{
    showText(tr("Changed on the server by %1 at %2; showing the new version.").arg(who, when), false);
}

void ServerChangeBanner::showText(const QString& text, bool review)
{
    m_textLabel->setText(text);
    m_textLabel->setAccessibleName(text);
    m_reviewButton->setVisible(review);
    show();
}

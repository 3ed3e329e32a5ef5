#include "ui/editor/FieldEditor.h"
#include "ui/common/ThemeColors.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FieldEditor::FieldEditor(const ProjectField& field, QWidget* parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(field.key + u"Editor"_s);
    setToolTip(field.displayHelp());

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);

    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    m_contentLayout = new QVBoxLayout;
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    row->addLayout(m_contentLayout, 1);

    // The marker column is created after the content so that tab order runs input first, then Revert.
    // It keeps its width when hidden, so every input of a form starts and ends at the same x.
    auto* marker = new QHBoxLayout;
    marker->setSpacing(2);
    // A dot beside the input (the label turns bold, Revert appears): the input keeps the width.
    m_modifiedLabel = new QLabel(u"●"_s, this);
    m_modifiedLabel->setObjectName(u"modifiedLabel"_s);
    m_modifiedLabel->setAccessibleName(tr("modified"));
    m_modifiedLabel->setAccessibleDescription(
        tr("%1 has changes that are not saved yet.").arg(field.displayLabel()));
    m_modifiedLabel->setToolTip(m_modifiedLabel->accessibleDescription());
    m_modifiedLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Modified, palette()));
    m_revertButton = new QToolButton(this);
    m_revertButton->setObjectName(u"revertButton"_s);
    m_revertButton->setText(tr("Revert"));
    m_revertButton->setAutoRaise(true);
    m_revertButton->setAccessibleName(tr("Revert %1").arg(field.displayLabel()));
    m_revertButton->setToolTip(
        tr("Revert %1 to the value loaded from the server.").arg(field.displayLabel()));
    connect(m_revertButton, &QToolButton::clicked, this, &FieldEditor::revertRequested);
    for (QWidget* w : {static_cast<QWidget*>(m_modifiedLabel), static_cast<QWidget*>(m_revertButton)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
        w->hide();
        marker->addWidget(w, 0, Qt::AlignTop);
    }
    m_modifiedLabel->setMinimumHeight(m_revertButton->sizeHint().height()); // text centred on the button's
    row->addLayout(marker);
    outer->addLayout(row);

    m_issueLabel = new QLabel(this);
    m_issueLabel->setObjectName(u"issueLabel"_s);
    m_issueLabel->setWordWrap(true);
    m_issueLabel->setTextFormat(Qt::PlainText);
    m_issueLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Error, palette()));
    m_issueLabel->hide();
    outer->addWidget(m_issueLabel);
}

void FieldEditor::setValue(const QJsonValue& value)
{
    m_applying = true;
    applyValue(value);
    m_applying = false;
}

void FieldEditor::setCatalog(const Catalog&) {}

void FieldEditor::setIssues(const QStringList& messages)
{
    if (m_issues == messages)
        return;
    m_issues = messages;
    updateIssueLabel();
}

void FieldEditor::setModifiedMark(bool modified)
{
    m_modified = modified;
    m_modifiedLabel->setVisible(modified);
    m_revertButton->setVisible(modified);
    if (m_label) {
        QFont font = m_label->font();
        font.setBold(modified);
        m_label->setFont(font);
        m_label->setAccessibleDescription(modified ? m_modifiedLabel->accessibleDescription() : QString());
    }
}

void FieldEditor::setLabel(QLabel* label)
{
    m_label = label;
    label->setToolTip(m_field.displayHelp());
    label->setBuddy(inputWidget());
    label->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(label, &QLabel::customContextMenuRequested, this, &FieldEditor::showLabelMenu);
}

void FieldEditor::notifyChanged()
{
    if (!m_applying)
        Q_EMIT changed(value());
}

void FieldEditor::setLiveIssue(const QString& message)
{
    if (m_liveIssue == message)
        return;
    m_liveIssue = message;
    updateIssueLabel();
    Q_EMIT liveIssueChanged(message);
}

QString FieldEditor::accessibleLabel(const QString& group, const QString& item)
{
    return group + u": "_s + item;
}

void FieldEditor::updateIssueLabel()
{
    QStringList all = m_issues;
    if (!m_liveIssue.isEmpty() && !all.contains(m_liveIssue))
        all.prepend(m_liveIssue);
    m_issueLabel->setText(all.join(u'\n'));
    m_issueLabel->setVisible(!all.isEmpty());
    inputWidget()->setAccessibleDescription(all.join(u' '));
}

void FieldEditor::showLabelMenu(const QPoint& pos)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* revert = menu->addAction(tr("Revert %1").arg(m_field.displayLabel()));
    revert->setEnabled(m_modified);
    connect(revert, &QAction::triggered, this, &FieldEditor::revertRequested);
    menu->popup(m_label->mapToGlobal(pos));
}

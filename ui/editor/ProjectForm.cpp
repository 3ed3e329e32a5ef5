#include "ui/editor/ProjectForm.h"
#include "ui/common/ThemeColors.h"

#include "editing/ProjectDocument.h"
#include "models/FieldValue.h"
#include "models/Project.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/FieldEditorFactory.h"
#include "ui/editor/HoldHistoryTable.h"

#include <QCoreApplication>
#include <QFormLayout>

#include <algorithm>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QList<ProjectSection> kSections = {ProjectSection::General,       ProjectSection::Status,
                                         ProjectSection::Notifications, ProjectSection::Emails,
                                         ProjectSection::Summary,       ProjectSection::CustomFields,
                                         ProjectSection::Portfolios,    ProjectSection::Access};

QString sectionIntro(ProjectSection section)
{
    switch (section) {
    case ProjectSection::Status: { // the rules are the fields' own, from the field table
        const ProjectField* reason = ProjectFields::find(ProjectFields::IsOnHoldReason);
        return reason->displayLabel() + u": "_s + reason->displayHelp();
    }
    case ProjectSection::Notifications:
        return QCoreApplication::translate(
            "ProjectForm", "Who is told about what, and whether vulnerability SLAs start automatically.");
    case ProjectSection::CustomFields:
        return ProjectFields::find(ProjectFields::CustomFields)->displayHelp() +
               QCoreApplication::translate("ProjectForm", " Double-click a cell to edit it.");
    case ProjectSection::Portfolios:
        return QCoreApplication::translate(
            "ProjectForm",
            "Tick the streams this project belongs to; each stream is listed under its portfolio.");
    default:
        return {};
    }
}

} // namespace

ProjectForm::ProjectForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sectionList = new QListWidget(this);
    m_sectionList->setObjectName(u"sectionList"_s);
    m_sectionList->setAccessibleName(tr("Sections"));
    m_sectionList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sectionStack = new QStackedWidget(this);
    m_sectionStack->setObjectName(u"sectionStack"_s);
    layout->addWidget(m_sectionList);
    layout->addWidget(m_sectionStack, 1);

    for (ProjectSection section : kSections) {
        m_sectionList->addItem(ProjectFields::sectionTitle(section));
        m_sectionStack->addWidget(buildSection(section));
    }
    // As wide as the longest title in the language shown, no wider.
    m_sectionList->setFixedWidth(
        std::max(120, m_sectionList->sizeHintForColumn(0) + 2 * m_sectionList->frameWidth() + 12));
    connect(m_sectionList, &QListWidget::currentRowChanged, m_sectionStack, &QStackedWidget::setCurrentIndex);
    m_sectionList->setCurrentRow(0);
}

QWidget* ProjectForm::buildSection(ProjectSection section)
{
    auto* scroll = new QScrollArea(m_sectionStack);
    scroll->setObjectName(u"section"_s + QString::number(int(section)));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(16, 12, 16, 12);
    auto* title = new QLabel(ProjectFields::sectionTitle(section), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    outer->addWidget(title);
    if (const QString intro = sectionIntro(section); !intro.isEmpty()) {
        auto* label = new QLabel(intro, page);
        label->setWordWrap(true);
        label->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Muted, palette()));
        outer->addWidget(label);
    }

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The access matrices need the page's whole width (no horizontal scroll bar at 1280 px): their
    // labels go above them.
    const bool wide = section == ProjectSection::Access;
    form->setRowWrapPolicy(wide ? QFormLayout::WrapAllRows : QFormLayout::DontWrapRows);
    form->setVerticalSpacing(10);
    // A section that is one big input (the summary, the portfolio tree) lets it take the whole page.
    const QList<const ProjectField*> fields = ProjectFields::inSection(section);
    const bool fill = fields.size() == 1 && (fields.first()->kind == FieldKind::LongText ||
                                             fields.first()->kind == FieldKind::PortfolioStreams);
    for (const ProjectField* field : fields) {
        auto* label = new QLabel(field->displayLabel() + u':', page);
        label->setObjectName(field->key + u"Label"_s);
        if (!wide)
            label->setMinimumWidth(200); // the same label column in every section
        label->setAlignment(wide ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignRight | Qt::AlignTop);
        label->setContentsMargins(0, 4, 0, 0);
        FieldEditor* editor = FieldEditorFactory::create(*field, page);
        editor->setLabel(label);
        if (fill) {
            editor->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
            editor->inputWidget()->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        }
        form->addRow(label, editor);
        m_editors.insert(field->key, editor);
        m_sectionOfKey.insert(field->key, m_sectionStack->count());
        connect(editor, &FieldEditor::changed, this,
                [this, key = field->key](const QJsonValue& value) { Q_EMIT fieldEdited(key, value); });
        connect(editor, &FieldEditor::revertRequested, this,
                [this, key = field->key] { Q_EMIT revertRequested(key); });
        connect(editor, &FieldEditor::liveIssueChanged, this, &ProjectForm::liveIssuesChanged);
    }
    outer->addLayout(form, fill ? 1 : 0);
    if (section == ProjectSection::Status) {
        m_holdHistory = new HoldHistoryTable(page); // read-only: project_hold_history
        outer->addWidget(m_holdHistory);
    }
    if (!fill)
        outer->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

void ProjectForm::setCatalog(const Catalog& catalog)
{
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->setCatalog(catalog);
}

void ProjectForm::setValues(const Project& project)
{
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->setValue(project.value(editor->field().key));
    if (m_holdHistory)
        m_holdHistory->setHistory(project.facts().holdHistory);
}

void ProjectForm::setFieldValue(const QString& key, const QJsonValue& value)
{
    if (FieldEditor* e = m_editors.value(key)) {
        if (!FieldValue::equal(e->field().kind, e->value(), value) || e->value() != value)
            e->setValue(value);
    }
}

void ProjectForm::setIssues(const ValidationIssues& issues)
{
    QHash<QString, QStringList> byField;
    for (const ValidationIssue& issue : issues) {
        QStringList& list = byField[fieldKeyOfPath(issue.field)];
        if (!list.contains(issue.message))
            list.append(issue.message);
    }
    for (FieldEditor* editor : std::as_const(m_editors))
        editor->setIssues(byField.value(editor->field().key));
}

void ProjectForm::setModifiedKeys(const QStringList& keys)
{
    for (FieldEditor* editor : std::as_const(m_editors)) {
        const bool modified = keys.contains(editor->field().key);
        if (editor->isModifiedMarked() != modified)
            editor->setModifiedMark(modified);
    }
}

void ProjectForm::focusField(const QString& key)
{
    FieldEditor* editor = m_editors.value(fieldKeyOfPath(key));
    if (!editor)
        return;
    m_sectionList->setCurrentRow(m_sectionOfKey.value(editor->field().key));
    if (auto* scroll = qobject_cast<QScrollArea*>(m_sectionStack->currentWidget()))
        scroll->ensureWidgetVisible(editor);
    editor->inputWidget()->setFocus(Qt::OtherFocusReason);
}

void ProjectForm::showSection(ProjectSection section)
{
    m_sectionList->setCurrentRow(int(kSections.indexOf(section)));
}

QList<FieldEditor*> ProjectForm::editors() const
{
    QList<FieldEditor*> list;
    for (const ProjectField& field : ProjectFields::all()) {
        if (FieldEditor* e = m_editors.value(field.key))
            list.append(e);
    }
    return list;
}

ValidationIssues ProjectForm::liveIssues() const
{
    ValidationIssues issues;
    for (FieldEditor* editor : editors()) {
        if (!editor->liveIssue().isEmpty())
            issues.append({editor->field().key, editor->liveIssue()});
    }
    return issues;
}

QString ProjectForm::fieldKeyOfPath(const QString& path)
{
    return ProjectDocument::fieldKeyOfPath(path);
}

#pragma once

#include "models/Project.h"
#include "models/ProjectDiff.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class ApiError;
class ProjectDocument;
class SsapiCall;
class SsapiClient;

// The save protocol of one document, without widgets: preview → re-fetch → conflict choice → PUT of
// the diff → merge of the answer. A view starts it, shows what it announces (previewPrepared,
// conflictFound) and answers with the matching slot. A failure keeps the edits and the draft.
class ProjectSaveFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Idle,
        Previewing,       // previewPrepared was announced: waiting for confirm() or decline()
        Checking,         // re-fetching the project to see whether someone else changed it
        ChoosingConflict, // conflictFound was announced: waiting for a choice
        Sending           // the PUT is on its way
    };
    Q_ENUM(Stage)

    ProjectSaveFlow(SsapiClient* client, ProjectDocument* document, QObject* parent = nullptr);

    Stage stage() const { return m_stage; }
    // From the re-fetch until the answer of the PUT (or a choice that ends the save): edits wait.
    bool isSaving() const { return m_saving; }
    // Why the last save failed, for as long as it is relevant; empty otherwise.
    QString errorText() const { return m_errorText; }

    // Whether a version of the project from the server (a live event's re-read) brings nothing this
    // client does not already hold: the echo of its own write, not someone else's change.
    bool isEchoOfMine(const Project& server) const;

    // What the PUT answered, completed with what `base` knew where the answer is silent.
    static Project mergeSaved(const Project& response, const Project& base, const QJsonObject& body);

public Q_SLOTS:
    // Ctrl+S: announces previewPrepared with the document's changes (or says there is nothing to save).
    void start();
    // The answers to previewPrepared.
    void confirm();
    void decline();
    // The answers to conflictFound.
    void overwrite();
    void keepTheirs();
    void reload();
    void cancelConflict();
    // A newer version arrived by other means (live events): announces conflictFound for it and my
    // edits, as a re-fetch before a PUT would, and the same answers apply.
    void review(const Project& server);
    // Drops whatever is under way without a word (another project was opened); the draft stays.
    void abandon();
    void clearError();

Q_SIGNALS:
    void previewPrepared(const QList<FieldChange>& changes, const QHash<QString, QString>& names);
    void conflictFound(const Project& server, const QList<FieldChange>& theirChanges,
                       const QStringList& myKeys, const QHash<QString, QString>& names);
    void savingChanged(bool saving);
    void errorTextChanged(const QString& text);
    void statusMessagePosted(const QString& text);
    void projectSaved(const Project& project);

private:
    void checkServerThenSend();
    void onConflict(const Project& server);
    void send(const QJsonObject& body, const Project& base);
    void reloadKeepingMine(const QJsonObject& mine);
    void finishSave(const Project& saved);
    void failSave(const ApiError& error, const QString& what);
    void setSaving(bool saving);
    void setErrorText(const QString& text);
    // True when the answer belongs to the save under way (not an abandoned one, not another project).
    bool isCurrent(int generation, const QString& projectId) const;

    SsapiClient* m_client = nullptr;
    ProjectDocument* m_document = nullptr;
    Stage m_stage = Stage::Idle;
    bool m_saving = false;
    QString m_errorText;
    QJsonObject m_body;          // what the confirmed preview showed
    Project m_server;            // the version found by the re-fetch
    QList<FieldChange> m_theirs; // loaded → server
    int m_generation = 0;        // bumped by abandon(): late answers of a dropped save are ignored
    QPointer<SsapiCall> m_call;
};

# cmake -DLUPDATE=… -DSOURCES_FILE=… -DTS_FILE=… -DINCLUDE_DIR=… -P UpdateTranslations.cmake
# Runs lupdate on a copy of TS_FILE and replaces the file only when its content changed, so that an
# unchanged translation does not make every build recompile the .qm and relink everything after it.
get_filename_component(name ${TS_FILE} NAME)
set(copy ${CMAKE_CURRENT_BINARY_DIR}/lupdate-${name})
file(COPY_FILE ${TS_FILE} ${copy})
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete -I ${INCLUDE_DIR} @${SOURCES_FILE} -ts ${copy}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${TS_FILE}")
endif()
file(COPY_FILE ${copy} ${TS_FILE} ONLY_IF_DIFFERENT)
file(REMOVE ${copy})

# Port-in validation rules (port-validation.md): pure functions in portdesk_domain, plus the data
# tables they read from Qt resources (:/portdesk/data/...). Included from app/core/CMakeLists.txt.
target_sources(portdesk_domain PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AccountRules.cpp ${CMAKE_CURRENT_LIST_DIR}/AccountRules.h
    ${CMAKE_CURRENT_LIST_DIR}/AddressRules.cpp ${CMAKE_CURRENT_LIST_DIR}/AddressRules.h
    ${CMAKE_CURRENT_LIST_DIR}/Carriers.cpp ${CMAKE_CURRENT_LIST_DIR}/Carriers.h
    ${CMAKE_CURRENT_LIST_DIR}/ClassificationRules.cpp ${CMAKE_CURRENT_LIST_DIR}/ClassificationRules.h
    ${CMAKE_CURRENT_LIST_DIR}/FieldIssue.cpp ${CMAKE_CURRENT_LIST_DIR}/FieldIssue.h
    ${CMAKE_CURRENT_LIST_DIR}/FieldNames.h
    ${CMAKE_CURRENT_LIST_DIR}/IccidRules.cpp ${CMAKE_CURRENT_LIST_DIR}/IccidRules.h
    ${CMAKE_CURRENT_LIST_DIR}/NumberRules.cpp ${CMAKE_CURRENT_LIST_DIR}/NumberRules.h
    ${CMAKE_CURRENT_LIST_DIR}/PortDateRules.cpp ${CMAKE_CURRENT_LIST_DIR}/PortDateRules.h
    ${CMAKE_CURRENT_LIST_DIR}/PortInValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/PortInValidator.h
    ${CMAKE_CURRENT_LIST_DIR}/TextRules.cpp ${CMAKE_CURRENT_LIST_DIR}/TextRules.h
    ${CMAKE_CURRENT_LIST_DIR}/UsStates.cpp ${CMAKE_CURRENT_LIST_DIR}/UsStates.h
    ${CMAKE_CURRENT_LIST_DIR}/Zip3Table.cpp ${CMAKE_CURRENT_LIST_DIR}/Zip3Table.h
)

qt_add_resources(portdesk_domain portdesk_validation_data
    PREFIX "/portdesk"
    BASE ${PROJECT_SOURCE_DIR}/resources
    FILES
        ${PROJECT_SOURCE_DIR}/resources/data/zip3-states.csv
        ${PROJECT_SOURCE_DIR}/resources/data/carriers.txt
)

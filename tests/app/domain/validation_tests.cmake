# Port-in validation rules: one Qt Test class per unit of app/core/domain/validation/, the whole
# request in tst_portvalidation. Included from tests/CMakeLists.txt. All carry the label
# "validation", so `ctest -L validation` runs exactly these.
foreach(unit IN ITEMS portvalidation numberrules addressrules accountrules iccidrules
                      classificationrules usstates zip3table carriers portdaterules)
    portdesk_add_test(tst_${unit} ${CMAKE_CURRENT_LIST_DIR}/tst_${unit}.cpp LABELS unit validation)
endforeach()

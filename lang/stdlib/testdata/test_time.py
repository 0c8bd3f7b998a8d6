inf = float("inf")


def raises(exc, fn):
    try:
        fn()
    except exc as e:
        return str(e)
    raise AssertionError("no exception")

import time
assert repr(time.gmtime(0)) == 'time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)', 'time.gmtime(0)'
assert (tuple(time.gmtime(0))) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), 'tuple(time.gmtime(0))'
assert (time.gmtime(1700000000)[:6]) == (2023, 11, 14, 22, 13, 20), 'time.gmtime(1700000000)[:6]'
assert (time.gmtime(1234567890).tm_year) == 2009, 'time.gmtime(1234567890).tm_year'
assert (time.gmtime(1234567890).tm_wday) == 4, 'time.gmtime(1234567890).tm_wday'
assert (time.gmtime(1234567890).tm_yday) == 44, 'time.gmtime(1234567890).tm_yday'
assert (time.gmtime(1234567890).tm_zone) == 'GMT', 'time.gmtime(1234567890).tm_zone'
assert repr(time.gmtime(-1)) == 'time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=59, tm_wday=2, tm_yday=365, tm_isdst=0)', 'time.gmtime(-1)'
assert repr(time.gmtime(1.9)) == 'time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=1, tm_wday=3, tm_yday=1, tm_isdst=0)', 'time.gmtime(1.9)'
assert (time.localtime(0) == time.gmtime(0)) == True, 'time.localtime(0) == time.gmtime(0)'
assert (time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0)) == True, 'time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0)'
assert (len(time.gmtime(0))) == 9, 'len(time.gmtime(0))'
assert (list(time.gmtime(86400 * 366))) == [1971, 1, 2, 0, 0, 0, 5, 2, 0], 'list(time.gmtime(86400 * 366))'
assert (time.gmtime(0)[0]) == 1970, 'time.gmtime(0)[0]'
assert (time.gmtime(0)[-1]) == 0, 'time.gmtime(0)[-1]'
assert (time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400))) == '1970-01-02 00:00:00', 'time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400))'
assert (time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(1700000000))) == 'Tue, 14 Nov 2023 22:13:20 +0000', 'time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(1700000000))'
assert (time.strftime("%j %U %W %w %u %y %C %e", time.gmtime(1700000000))) == '318 46 46 2 2 23 20 14', 'time.strftime("%j %U %W %w %u %y %C %e", time.gmtime(1700000000))'
assert (time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0))) == '2024', 'time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0))'
assert (time.strftime("%%")) == '%', 'time.strftime("%%")'
assert repr(time.strptime("2024-03-15", "%Y-%m-%d")) == 'time.struct_time(tm_year=2024, tm_mon=3, tm_mday=15, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=4, tm_yday=75, tm_isdst=-1)', 'time.strptime("2024-03-15", "%Y-%m-%d")'
assert repr(time.strptime("15 Mar 2024 10:20", "%d %b %Y %H:%M")) == 'time.struct_time(tm_year=2024, tm_mon=3, tm_mday=15, tm_hour=10, tm_min=20, tm_sec=0, tm_wday=4, tm_yday=75, tm_isdst=-1)', 'time.strptime("15 Mar 2024 10:20", "%d %b %Y %H:%M")'
assert (tuple(time.strptime("2024-12-31", "%Y-%m-%d"))) == (2024, 12, 31, 0, 0, 0, 1, 366, -1), 'tuple(time.strptime("2024-12-31", "%Y-%m-%d"))'
assert repr(time.strptime("Fri Mar 15 14:30:45 2024")) == 'time.struct_time(tm_year=2024, tm_mon=3, tm_mday=15, tm_hour=14, tm_min=30, tm_sec=45, tm_wday=4, tm_yday=75, tm_isdst=-1)', 'time.strptime("Fri Mar 15 14:30:45 2024")'
assert (time.strptime("1", "%d").tm_year) == 1900, 'time.strptime("1", "%d").tm_year'
assert (time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0))) == 1704067200.0, 'time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0))'
assert (time.mktime(time.gmtime(1700000000))) == 1700000000.0, 'time.mktime(time.gmtime(1700000000))'
assert (time.asctime(time.gmtime(0))) == 'Thu Jan  1 00:00:00 1970', 'time.asctime(time.gmtime(0))'
assert (time.asctime((2024, 3, 5, 1, 2, 3, 1, 65, 0))) == 'Tue Mar  5 01:02:03 2024', 'time.asctime((2024, 3, 5, 1, 2, 3, 1, 65, 0))'
assert (time.ctime(0)) == 'Thu Jan  1 00:00:00 1970', 'time.ctime(0)'
assert (time.ctime(1700000000)) == 'Tue Nov 14 22:13:20 2023', 'time.ctime(1700000000)'
assert (time.timezone) == 0, 'time.timezone'
assert (time.altzone) == 0, 'time.altzone'
assert (time.daylight) == 0, 'time.daylight'
assert (time.tzname) == ('UTC', 'UTC'), 'time.tzname'
assert repr(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))) == 'time.struct_time(tm_year=2024, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=6, tm_yday=7, tm_isdst=0)', 'time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))'
assert (time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mon) == 1, 'time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mon'
assert (type(time.time()).__name__) == 'float', 'type(time.time()).__name__'
assert (type(time.time_ns()).__name__) == 'int', 'type(time.time_ns()).__name__'
assert (type(time.perf_counter()).__name__) == 'float', 'type(time.perf_counter()).__name__'
assert (type(time.monotonic()).__name__) == 'float', 'type(time.monotonic()).__name__'
assert (time.time() > 1700000000) == True, 'time.time() > 1700000000'
assert (time.monotonic() <= time.monotonic()) == True, 'time.monotonic() <= time.monotonic()'
assert (time.sleep(0)) == None, 'time.sleep(0)'
assert (time.sleep(0.001)) == None, 'time.sleep(0.001)'
assert raises(ValueError, lambda: time.sleep(-1)) == 'sleep length must be non-negative'
assert raises(TypeError, lambda: time.sleep("1")) == "'str' object cannot be interpreted as an integer"
assert raises(ValueError, lambda: time.strptime("2024", "%Y-%m")) == "time data '2024' does not match format '%Y-%m'"
assert raises(ValueError, lambda: time.strptime("x", "%Y")) == "time data 'x' does not match format '%Y'"
assert raises(ValueError, lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))) == 'month out of range'
assert raises(TypeError, lambda: time.struct_time((1, 2))) == 'time.struct_time() takes an at least 9-sequence (2-sequence given)'
print('ok')
